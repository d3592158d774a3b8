package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.AnswerFallback;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.StaffAnswer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets staff's reply to the client: by direct message; when that fails (closed DMs, 50007), as
 * {@link AnswerFallback} plans it (in the channel for a non-urgent question, a request to open DMs
 * without details for an urgent one). The store keeps whether the answer arrived and the last
 * error; the thread shows what happened. An undelivered answer is tried again when the client
 * next writes to the bot. Runs on the worker.
 */
final class AnswerDelivery {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerDelivery.class);

  private final StaffDesk staff;
  private final StaffThreads threads;
  /** Answers being delivered now, so that a retry does not send one twice. */
  private final Set<Long> delivering = ConcurrentHashMap.newKeySet();

  AnswerDelivery(StaffDesk staff, StaffThreads threads) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.threads = Objects.requireNonNull(threads, "threads");
  }

  /** The escalation's stored answer, to its client, unless it has reached them already. */
  void answer(JDA jda, Escalation given) {
    deliver(jda, given, false);
  }

  /**
   * Delivers the answer; when the DM fails, {@code quietly} (a retry) only records the failure,
   * otherwise the fallback runs and the thread is told.
   */
  private void deliver(JDA jda, Escalation given, boolean quietly) {
    if (!delivering.add(given.id())) {
      return;
    }
    try {
      Escalation escalation = staff.find(given.id()).orElse(given); // as stored now, not as listed a moment ago
      if (escalation.answer().map(StaffAnswer::delivered).orElse(true)) {
        return;
      }
      String answer = escalation.answer().get().text();
      Optional<String> failure = directMessage(jda, escalation, ClientText.staffAnswer(escalation.question(), answer));
      if (failure.isEmpty()) {
        staff.delivered(escalation.id());
        threads.note(jda, escalation, "✅ The answer reached the client by direct message"
            + (escalation.answer().get().deliveryAttempts() > 0 ? " (they wrote again)." : "."));
        return;
      }
      staff.deliveryFailed(escalation.id(), failure.get());
      if (!quietly) {
        fallback(jda, escalation, answer, failure.get(), true);
      }
    } finally {
      delivering.remove(given.id());
    }
  }

  /** A further staff message after the answer, to the client; not stored. */
  void forward(JDA jda, Escalation escalation, String text) {
    Optional<String> failure = directMessage(jda, escalation, ClientText.staffFollowUp(text));
    if (failure.isEmpty()) {
      threads.note(jda, escalation, "✅ Passed on to the client by direct message.");
    } else {
      fallback(jda, escalation, text, failure.get(), false);
    }
  }

  /** Answers given elsewhere (the console) or before a restart, never tried yet: delivered now. */
  void pending(JDA jda) {
    for (Escalation escalation : staff.undeliveredUntried(ClientQuestions.PLATFORM)) {
      answer(jda, escalation);
    }
  }

  /** Answers the client has not received yet (their DMs were closed): tried again, quietly. */
  void retry(JDA jda, List<Escalation> undelivered) {
    for (Escalation escalation : undelivered) {
      deliver(jda, escalation, true);
    }
  }

  /** Sends {@code text} by direct message; the error, if it failed. */
  private static Optional<String> directMessage(JDA jda, Escalation escalation, String text) {
    try {
      jda.openPrivateChannelById(escalation.client().userId())
          .flatMap(dm -> dm.sendMessage(SafeText.text(text)))
          .complete();
      return Optional.empty();
    } catch (ErrorResponseException e) {
      return Optional.of("direct message failed: " + e.getMeaning() + " (" + e.getErrorCode() + ")");
    } catch (RuntimeException e) {
      return Optional.of("direct message failed: " + Worker.describe(e));
    }
  }

  private void fallback(JDA jda, Escalation escalation, String text, String failure, boolean isAnswer) {
    AnswerFallback.Plan plan = AnswerFallback.after(escalation, text);
    String what = isAnswer ? "The answer" : "That message";
    String whatLower = isAnswer ? "the answer" : "that message";
    if (plan instanceof AnswerFallback.Plan.PostInChannel post) {
      if (postInChannel(jda, post.channelId(), post.replyTo(), post.text())) {
        if (isAnswer) {
          staff.delivered(escalation.id());
        }
        threads.note(jda, escalation, "⚠️ Couldn't reach the client by direct message (" + failure + "). The"
            + " question was not urgent, so " + whatLower + " was posted in <#" + post.channelId()
            + "> instead.");
      } else {
        threads.note(jda, escalation, "⚠️ " + what + " did not reach the client: " + failure
            + ", and posting in <#" + post.channelId() + "> failed too. It stays undelivered.");
      }
    } else if (plan instanceof AnswerFallback.Plan.AskToOpenDms ask) {
      boolean asked = postInChannel(jda, ask.channelId(), ask.replyTo(), ask.text());
      threads.note(jda, escalation, "⚠️ " + what + " did not reach the client: " + failure + ". The question"
          + " was urgent, so nothing was posted publicly"
          + (asked ? "; they were asked in <#" + ask.channelId() + ">, without details, to open their direct"
              + " messages" : "")
          + ". It stays undelivered and is sent when they next write to the bot.");
    } else if (plan instanceof AnswerFallback.Plan.Nowhere) {
      threads.note(jda, escalation, "⚠️ " + what + " did not reach the client: " + failure
          + ". It stays undelivered and is sent when they next write to the bot.");
    } else {
      throw new IllegalStateException("unknown plan " + plan);
    }
  }

  private static boolean postInChannel(JDA jda, String channelId, Optional<String> replyTo, String text) {
    GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, channelId);
    if (channel == null) {
      LOG.warn("Channel {} is not visible to the bot: cannot post the fallback there", channelId);
      return false;
    }
    try {
      MessageCreateAction post = channel.sendMessage(SafeText.text(text));
      replyTo.ifPresent(id -> post.setMessageReference(id).failOnInvalidReply(false));
      post.complete();
      return true;
    } catch (RuntimeException e) {
      LOG.warn("Posting in channel {} failed: {}", channelId, Worker.describe(e));
      return false;
    }
  }
}
