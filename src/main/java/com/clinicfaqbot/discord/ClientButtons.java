package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.DeskOutcome;
import com.clinicfaqbot.desk.Question;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Origin;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;

/**
 * The buttons on the bot's answers and choices. The listener has already checked that the
 * clicker owns them and acknowledged the click: deferred reply (ephemeral) for feedback and
 * related entries, deferred edit for a choice and for "None of these", which replace the choices.
 * Runs on the worker.
 */
final class ClientButtons {
  private static final String THANKS = "Thanks for letting us know!";
  private static final String GONE = "That question is no longer in our FAQ. Please ask it again in your own words.";

  private final ClientDesk desk;
  private final ClientReplies replies;
  private final ClientQuestions questions;

  ClientButtons(ClientDesk desk, ClientReplies replies, ClientQuestions questions) {
    this.desk = Objects.requireNonNull(desk, "desk");
    this.replies = Objects.requireNonNull(replies, "replies");
    this.questions = Objects.requireNonNull(questions, "questions");
  }

  /** Whether the click must be acknowledged by editing the message it is on (else: an ephemeral reply). */
  static boolean editsItsMessage(CustomId id) {
    return id.action().equals(ClientReplies.PICK) || id.action().equals(ClientReplies.NONE);
  }

  void click(ButtonInteractionEvent event, CustomId id) {
    ClientRef client = ClientQuestions.client(event.getUser());
    String question = ClientReplies.askedQuestion(event.getMessage()).orElse("");
    switch (id.action()) {
      case ClientReplies.HELPFUL -> {
        desk.feedback(client, id.subject(), true);
        say(event, THANKS);
      }
      case ClientReplies.NOT_WHAT_I_ASKED -> {
        desk.feedback(client, id.subject(), false);
        escalate(event, client, question, List.of(id.subject()));
      }
      case ClientReplies.RELATED -> {
        Optional<DeskOutcome.Answered> shown = desk.show(client, id.subject());
        event.getHook().editOriginal(SafeText.edit(shown.map(replies::related).orElse(SafeText.text(GONE)))).complete();
      }
      case ClientReplies.PICK -> {
        Optional<DeskOutcome.Answered> shown = desk.show(client, id.subject());
        event.getHook().editOriginal(SafeText.edit(shown
                .map(answered -> replies.outcome(answered, question, client.userId()).build())
                .orElse(SafeText.text(GONE))))
            .complete();
      }
      case ClientReplies.NONE -> {
        List<String> offered = event.getMessage().getComponentTree().findAll(Button.class).stream()
            .map(button -> CustomId.parse(button.getCustomId()))
            .flatMap(Optional::stream)
            .filter(custom -> custom.action().equals(ClientReplies.PICK))
            .map(CustomId::subject)
            .toList();
        escalate(event, client, question, offered);
      }
      default -> say(event, "Sorry, that button no longer works. Please ask again.");
    }
  }

  private void escalate(ButtonInteractionEvent event, ClientRef client, String question, List<String> shown) {
    if (question.isBlank()) {
      say(event, "Sorry, I've lost track of that question. Please ask it again.");
      return;
    }
    DeskOutcome outcome = desk.escalateOnRequestById(new Question(client, origin(event.getMessage()), question), shown);
    say(event, replies.line(outcome));
    questions.afterReply(event.getJDA(), outcome);
  }

  private static void say(ButtonInteractionEvent event, String text) {
    event.getHook().editOriginal(SafeText.edit(SafeText.text(text))).complete();
  }

  /** Where the question was asked: the client's message the bot's reply refers to, if any. */
  private static Origin origin(Message reply) {
    String channel = reply.getChannel().getId();
    MessageReference asked = reply.getMessageReference();
    if (!reply.isFromGuild()) {
      return new Origin(Origin.Kind.DM, Optional.of(channel), Optional.ofNullable(asked).map(MessageReference::getMessageId),
          Optional.empty());
    }
    if (asked == null) {
      return new Origin(Origin.Kind.CHANNEL, Optional.of(channel), Optional.empty(), Optional.empty());
    }
    return Origin.channel(asked.getChannelId(), asked.getMessageId(), "https://discord.com/channels/"
        + reply.getGuildId() + "/" + asked.getChannelId() + "/" + asked.getMessageId());
  }
}
