package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.ClientLimits;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.desk.DeskOutcome;
import com.clinicfaqbot.desk.DeskReply;
import com.clinicfaqbot.desk.Question;
import com.clinicfaqbot.desk.QuestionSuggestions;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Origin;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's question, by message (in an ask channel, by DM, or mentioning the bot) or by
 * {@code /ask}: checked against the limits, handed to the {@link ClientDesk}, and the outcome
 * rendered where it belongs. A sensitive reply (an urgent escalation) to a question asked in a
 * public channel goes by direct message, and the channel only hears that it did. Then the staff
 * thread is opened or told about the follow-up, and answers the client could not be sent before
 * are tried again. Runs on the worker.
 */
final class ClientQuestions {
  /** The platform Discord clients are stored under. */
  static final String PLATFORM = "discord";

  private static final Logger LOG = LoggerFactory.getLogger(ClientQuestions.class);
  /** Discord's limit on autocomplete choices. */
  private static final int CHOICES = 25;
  private static final int CHOICE_CHARS = 100;

  private final ClientDesk desk;
  private final ClientLimits limits;
  private final ClientReplies replies;
  private final QuestionSuggestions suggestions;
  private final StaffThreads threads;
  private final AnswerDelivery delivery;
  private final String clinicName;

  ClientQuestions(ClientDesk desk, ClientLimits limits, ClientReplies replies, QuestionSuggestions suggestions,
      StaffThreads threads, AnswerDelivery delivery, String clinicName) {
    this.desk = Objects.requireNonNull(desk, "desk");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.replies = Objects.requireNonNull(replies, "replies");
    this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.clinicName = Objects.requireNonNull(clinicName, "clinicName");
  }

  static ClientRef client(User user) {
    return new ClientRef(PLATFORM, user.getId(), user.getEffectiveName());
  }

  /** A question by message; {@code text} is its content without the bot's mention. */
  void message(Message message, String text) {
    JDA jda = message.getJDA();
    User author = message.getAuthor();
    ClientRef client = client(author);
    Optional<String> refusal = refusal(client, text, true);
    if (refusal.isPresent()) {
      refusal.filter(r -> !r.isEmpty()).ifPresent(r -> reply(message, SafeText.text(r)));
      return;
    }
    LOG.debug("Question from {} in {}: {}", client.userId(), message.getChannel().getId(), text);
    Origin origin = message.isFromGuild()
        ? Origin.channel(message.getChannel().getId(), message.getId(), message.getJumpUrl())
        : Origin.directMessage(message.getChannel().getId(), message.getId());
    DeskReply reply = desk.ask(new Question(client, origin, text));
    MessageCreateData rendered = replies.reply(reply, text, author.getId());
    if (reply.outcome().sensitive() && message.getChannelType() != ChannelType.PRIVATE) {
      boolean sent = directMessage(jda, author.getId(), rendered);
      reply(message, SafeText.text(sent ? ClientText.sentPrivately() : ClientText.followingUpPrivately()));
    } else {
      reply(message, rendered);
    }
    afterReply(jda, reply.outcome());
    delivery.retry(jda, desk.undeliveredAnswers(client));
  }

  /** {@code /ask}, already deferred (ephemeral): the reply edits the deferred one. */
  void slash(SlashCommandInteractionEvent event, String text) {
    ClientRef client = client(event.getUser());
    Optional<String> refusal = refusal(client, text, false);
    if (refusal.isPresent()) {
      event.getHook().editOriginal(SafeText.edit(SafeText.text(refusal.get()))).complete();
      return;
    }
    LOG.debug("/ask from {}: {}", client.userId(), text);
    String channel = event.getChannel().getId();
    Origin origin = event.getChannelType() == ChannelType.PRIVATE
        ? new Origin(Origin.Kind.DM, Optional.of(channel), Optional.empty(), Optional.empty())
        : new Origin(Origin.Kind.CHANNEL, Optional.of(channel), Optional.empty(), Optional.empty());
    DeskReply reply = desk.ask(new Question(client, origin, text));
    event.getHook().editOriginal(SafeText.edit(replies.reply(reply, text, client.userId()))).complete();
    afterReply(event.getJDA(), reply.outcome());
    delivery.retry(event.getJDA(), desk.undeliveredAnswers(client));
  }

  /** The FAQ questions closest to what is typed so far in {@code /ask}. */
  void autocomplete(CommandAutoCompleteInteractionEvent event) {
    event.replyChoices(suggestions.suggest(event.getFocusedOption().getValue(), CHOICES, CHOICE_CHARS).stream()
            .map(question -> new Command.Choice(question, question))
            .toList())
        .complete();
  }

  /** The staff side of an outcome: a new escalation's thread, or a follow-up into its thread. */
  void afterReply(JDA jda, DeskOutcome outcome) {
    if (outcome instanceof DeskOutcome.Escalated escalated) {
      threads.open(jda, escalated.escalation());
    } else if (outcome instanceof DeskOutcome.FollowUpAdded added) {
      threads.followUp(jda, added.escalation(), added.text());
    }
  }

  /**
   * Why this question is not taken: what to say, or an empty text to stay silent (only when
   * {@code maySkipReminder}: a message during the cooldown after the client was told once); empty
   * if it is taken.
   */
  private Optional<String> refusal(ClientRef client, String text, boolean maySkipReminder) {
    ClientLimits.Verdict verdict = limits.check(client, text);
    if (verdict instanceof ClientLimits.Verdict.TooLong tooLong) {
      return Optional.of(ClientText.tooLong(tooLong.maxChars()));
    }
    if (verdict instanceof ClientLimits.Verdict.TooSoon tooSoon) {
      boolean silent = maySkipReminder && !tooSoon.remind();
      return Optional.of(silent ? "" : ClientText.tooSoon(tooSoon.secondsLeft()));
    }
    return text.isBlank() ? Optional.of(ClientText.howToAsk(clinicName)) : Optional.empty();
  }

  /** Replies to the client's message, in its channel, without pinging them. */
  static void reply(Message message, MessageCreateData data) {
    message.reply(data).failOnInvalidReply(false).complete();
  }

  /** Sends by direct message; false when the client does not accept them. */
  private static boolean directMessage(JDA jda, String userId, MessageCreateData data) {
    try {
      jda.openPrivateChannelById(userId).flatMap(dm -> dm.sendMessage(data)).complete();
      return true;
    } catch (RuntimeException e) {
      LOG.info("Could not send a direct message to {}: {}", userId, Worker.describe(e));
      return false;
    }
  }
}
