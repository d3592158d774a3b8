package com.clinicfaqbot.discord;

import com.clinicfaqbot.config.DiscordSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * The bot's one JDA listener, on JDA's gateway thread: it decides whether an event is for the bot,
 * does what must happen within Discord's three seconds without touching search or the database
 * (check the role or the button's owner, acknowledge: defer, or open the answer form), and hands
 * the work to the {@link Worker}. It ignores bots (itself included), other guilds, and a message
 * it has already taken (should a reconnect ever deliver one twice).
 */
final class BotListener extends ListenerAdapter {
  static final String NOT_YOURS = "These buttons belong to the person who asked. You can ask your own question"
      + " with /ask, or by mentioning me.";
  static final String RESTARTING = "The assistant is restarting. Please try again in a minute.";

  private final String guildId;
  private final Set<String> askChannelIds;
  private final String staffChannelId;
  private final Worker worker;
  private final StaffRole staffRole;
  private final ClientReplies replies;
  private final ClientQuestions questions;
  private final ClientButtons clientButtons;
  private final ForgetMe forgetMe;
  private final StaffActions staffActions;
  private final StaffCommands staffCommands;
  private final RecentIds seen = new RecentIds(2_000);

  BotListener(DiscordSettings settings, Worker worker, StaffRole staffRole, ClientReplies replies,
      ClientQuestions questions, ClientButtons clientButtons, ForgetMe forgetMe, StaffActions staffActions,
      StaffCommands staffCommands) {
    this.guildId = settings.guildId();
    this.askChannelIds = Set.copyOf(settings.askChannelIds());
    this.staffChannelId = settings.staffChannelId();
    this.worker = Objects.requireNonNull(worker, "worker");
    this.staffRole = Objects.requireNonNull(staffRole, "staffRole");
    this.replies = Objects.requireNonNull(replies, "replies");
    this.questions = Objects.requireNonNull(questions, "questions");
    this.clientButtons = Objects.requireNonNull(clientButtons, "clientButtons");
    this.forgetMe = Objects.requireNonNull(forgetMe, "forgetMe");
    this.staffActions = Objects.requireNonNull(staffActions, "staffActions");
    this.staffCommands = Objects.requireNonNull(staffCommands, "staffCommands");
  }

  // ---- messages

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    Message message = event.getMessage();
    User author = event.getAuthor();
    if (author.isBot() || author.isSystem() || message.isWebhookMessage() || !worker.running()) {
      return;
    }
    if (event.isFromGuild() && !event.getGuild().getId().equals(guildId)) {
      return;
    }
    ChannelType type = event.getChannelType();
    if (type.isThread()) {
      String parent = event.getChannel().asThreadChannel().getParentChannel().getId();
      if (parent.equals(staffChannelId) && seen.firstTime(message.getId())) {
        worker.submit("a message in a staff thread", () -> staffActions.threadMessage(message), () -> { });
      }
      return;
    }
    String selfId = event.getJDA().getSelfUser().getId();
    boolean mentioned = message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER);
    boolean forTheBot = type == ChannelType.PRIVATE || mentioned || askChannelIds.contains(event.getChannel().getId());
    if (!forTheBot || !seen.firstTime(message.getId())) {
      return;
    }
    String text = withoutMention(message.getContentRaw(), selfId);
    worker.submit("a question by message", () -> questions.message(message, text), () -> trouble(message));
  }

  static String withoutMention(String content, String selfId) {
    return content.replaceAll("<@!?" + Pattern.quote(selfId) + ">", " ").replaceAll("\\s+", " ").strip();
  }

  // ---- slash commands

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    if (refusedWhileStopping(event)) {
      return;
    }
    switch (event.getName()) {
      case SlashCommands.ASK -> {
        String text = Optional.ofNullable(event.getOption(SlashCommands.QUESTION)).map(OptionMapping::getAsString).orElse("");
        event.deferReply(true).queue();
        worker.submit("/ask", () -> questions.slash(event, text), () -> trouble(event.getHook()));
      }
      case SlashCommands.FORGET_ME -> event.reply(ForgetMe.confirmation(event.getUser().getId())).setEphemeral(true).queue();
      case SlashCommands.FAQ -> {
        if (staffOnly(event)) {
          event.deferReply(true).queue();
          worker.submit("/faq reload", () -> staffCommands.reload(event.getHook()), () -> trouble(event.getHook()));
        }
      }
      case SlashCommands.ESCALATIONS -> {
        if (staffOnly(event)) {
          event.deferReply(true).queue();
          worker.submit("/escalations", () -> staffCommands.escalations(event.getHook()), () -> trouble(event.getHook()));
        }
      }
      default -> event.reply(SafeText.text("Sorry, I don't know that command.")).setEphemeral(true).queue();
    }
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    if (event.getName().equals(SlashCommands.ASK) && worker.running()) {
      worker.submit("/ask autocomplete", () -> questions.autocomplete(event), () -> { });
    }
  }

  // ---- buttons and the answer form

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    Optional<CustomId> parsed = CustomId.parse(event.getComponentId());
    if (parsed.isEmpty() || refusedWhileStopping(event)) {
      return;
    }
    CustomId id = parsed.get();
    switch (id.scope()) {
      case CustomId.STAFF -> staffButton(event, id);
      case CustomId.ANSWER -> {
        if (owned(event, id)) {
          (ClientButtons.editsItsMessage(id) ? event.deferEdit() : event.deferReply(true)).queue();
          worker.submit("an answer's button", () -> clientButtons.click(event, id), () -> trouble(event.getHook()));
        }
      }
      case CustomId.FORGET -> {
        if (owned(event, id) && id.action().equals(ForgetMe.YES)) {
          event.deferEdit().queue();
          worker.submit("forget me", () -> forgetMe.confirm(event), () -> trouble(event.getHook()));
        } else if (owned(event, id)) {
          event.editMessage(SafeText.edit(ForgetMe.cancelled())).queue();
        }
      }
      default -> event.reply(SafeText.text("Sorry, that button no longer works.")).setEphemeral(true).queue();
    }
  }

  private void staffButton(ButtonInteractionEvent event, CustomId id) {
    Optional<Long> escalation = id.escalationId();
    if (escalation.isEmpty() || !staffOnly(event)) {
      return;
    }
    if (id.action().equals(StaffSummary.ANSWER)) {
      event.replyModal(StaffSummary.answerForm(escalation.get())).queue();
      return;
    }
    event.deferReply(true).queue();
    worker.submit("a staff button", () -> staffActions.button(event, id, escalation.get()), () -> trouble(event.getHook()));
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    Optional<Long> escalation = CustomId.parse(event.getModalId())
        .filter(id -> id.action().equals(StaffSummary.ANSWER))
        .flatMap(CustomId::escalationId);
    if (escalation.isEmpty() || refusedWhileStopping(event) || !staffOnly(event)) {
      return;
    }
    event.deferReply(true).queue();
    worker.submit("the answer form", () -> staffActions.answerForm(event, escalation.get()), () -> trouble(event.getHook()));
  }

  // ---- checks and refusals, each an immediate ephemeral reply

  private boolean staffOnly(IReplyCallback event) {
    if (staffRole.holds(event.getMember())) {
      return true;
    }
    event.reply(SafeText.text(StaffRole.REFUSAL)).setEphemeral(true).queue();
    return false;
  }

  private static boolean owned(ButtonInteractionEvent event, CustomId id) {
    if (id.ownedBy(event.getUser().getId())) {
      return true;
    }
    event.reply(SafeText.text(NOT_YOURS)).setEphemeral(true).queue();
    return false;
  }

  private boolean refusedWhileStopping(IReplyCallback event) {
    if (worker.running()) {
      return false;
    }
    event.reply(SafeText.text(RESTARTING)).setEphemeral(true).queue();
    return true;
  }

  private void trouble(InteractionHook hook) {
    hook.editOriginal(SafeText.edit(SafeText.text(replies.trouble()))).queue(ok -> { }, error -> { });
  }

  /**
   * Queued, not awaited: when the worker refuses a question (too much waiting) this runs here, on
   * the gateway thread, which must not wait for a REST call.
   */
  private void trouble(Message message) {
    message.reply(SafeText.text(replies.trouble())).failOnInvalidReply(false).queue(ok -> { }, error -> { });
  }

  /** The ids of the last messages taken, oldest forgotten first. */
  private static final class RecentIds {
    private final Map<String, Boolean> ids;

    RecentIds(int capacity) {
      this.ids = new LinkedHashMap<>(capacity, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > capacity;
        }
      };
    }

    synchronized boolean firstTime(String id) {
      return ids.put(id, Boolean.TRUE) == null;
    }
  }
}
