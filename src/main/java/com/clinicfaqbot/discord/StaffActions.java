package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.desk.StaffOutcome;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What staff do on an escalation: the Claim and Close buttons, the Answer form, and messages typed
 * in the escalation's thread (the first answers the client, later ones are passed on). The listener
 * has checked the staff role and acknowledged the interaction (ephemeral). Runs on the worker;
 * the escalation comes from the store, by the id in the custom id or the thread's id.
 */
final class StaffActions {
  private static final Logger LOG = LoggerFactory.getLogger(StaffActions.class);

  private final StaffDesk staff;
  private final StaffThreads threads;
  private final AnswerDelivery delivery;
  private final StaffRole role;

  StaffActions(StaffDesk staff, StaffThreads threads, AnswerDelivery delivery, StaffRole role) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.delivery = Objects.requireNonNull(delivery, "delivery");
    this.role = Objects.requireNonNull(role, "role");
  }

  /** Claim or Close. */
  void button(ButtonInteractionEvent event, CustomId id, long escalationId) {
    String who = StaffRole.name(event.getMember());
    JDA jda = event.getJDA();
    try {
      if (id.action().equals(StaffSummary.CLAIM)) {
        Escalation claimed = staff.claim(escalationId, who);
        say(event.getHook(), "You claimed escalation " + claimed.label() + ".");
        threads.note(jda, claimed, "🙋 Claimed by " + SafeText.escape(who) + ".");
      } else if (id.action().equals(StaffSummary.CLOSE)) {
        Escalation closed = staff.close(escalationId);
        say(event.getHook(), "You closed escalation " + closed.label() + ".");
        threads.note(jda, closed, "🔒 Closed by " + SafeText.escape(who) + ".");
      } else {
        say(event.getHook(), "Sorry, that button no longer works.");
      }
    } catch (EscalationException e) {
      say(event.getHook(), "Not done: " + e.getMessage() + ".");
    }
  }

  /** The Answer form, submitted. */
  void answerForm(ModalInteractionEvent event, long escalationId) {
    String who = StaffRole.name(event.getMember());
    String text = Optional.ofNullable(event.getValue(StaffSummary.ANSWER_FIELD)).map(v -> v.getAsString()).orElse("");
    StaffOutcome outcome = staff.answer(escalationId, who, text);
    if (outcome instanceof StaffOutcome.Answered answered) {
      Escalation escalation = answered.escalation();
      say(event.getHook(), "Your answer to " + escalation.label() + " is on its way to the client; the thread"
          + " shows whether it arrived.");
      threads.note(event.getJDA(), escalation, "💬 Answer by " + SafeText.escape(who) + ":\n"
          + SafeText.escape(escalation.answer().orElseThrow().text()));
      delivery.answer(event.getJDA(), escalation);
    } else if (outcome instanceof StaffOutcome.Refused refused) {
      say(event.getHook(), "Not sent: " + refused.reason() + ".");
    } else {
      throw new IllegalStateException("unexpected outcome " + outcome);
    }
  }

  /** A message in a thread of the staff channel. */
  void threadMessage(Message message) {
    Optional<Escalation> escalation = staff.byStaffRef(message.getChannel().getId());
    if (escalation.isEmpty()) {
      return; // a thread staff opened themselves
    }
    Member member = message.getMember();
    if (!role.holds(member)) {
      LOG.info("Ignored a message by {} (not staff) in the thread of {}", message.getAuthor().getId(),
          escalation.get().label());
      return;
    }
    String who = StaffRole.name(member);
    StaffOutcome outcome = staff.answerOrForward(escalation.get().id(), who, message.getContentRaw());
    if (outcome instanceof StaffOutcome.Answered answered) {
      delivery.answer(message.getJDA(), answered.escalation());
    } else if (outcome instanceof StaffOutcome.Forwarded forwarded) {
      delivery.forward(message.getJDA(), forwarded.escalation(), forwarded.text());
    } else if (outcome instanceof StaffOutcome.Refused refused) {
      ClientQuestions.reply(message, SafeText.text("Not sent to the client: " + refused.reason() + "."));
    } else {
      throw new IllegalStateException("unexpected outcome " + outcome);
    }
  }

  private static void say(InteractionHook hook, String text) {
    hook.editOriginal(SafeText.edit(SafeText.text(text))).complete();
  }
}
