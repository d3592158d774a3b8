package com.clinicfaqbot.desk;

import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * Where staff's reply goes when the client cannot be sent a private message (their direct
 * messages are closed). A question asked in a public channel may be answered there, in reply to
 * it, unless it was urgent: a question about the client's health is never answered in public, so
 * the client is only asked, without any detail, to open their direct messages, and the answer
 * stays undelivered. A question asked privately has no other way to the client.
 */
public final class AnswerFallback {
  private AnswerFallback() {}

  /** What to do instead of the private message. */
  public sealed interface Plan {
    /** Post {@code text} in the channel the client asked in (replying to their message if known): delivered. */
    record PostInChannel(String channelId, Optional<String> replyTo, String text) implements Plan {
      public PostInChannel {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(text, "text");
      }
    }

    /** Ask the client in the channel to open their direct messages, without details: not delivered. */
    record AskToOpenDms(String channelId, Optional<String> replyTo, String text) implements Plan {
      public AskToOpenDms {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(text, "text");
      }
    }

    /** Asked in private (a DM, the console): there is nowhere else. Not delivered. */
    record Nowhere() implements Plan {}
  }

  /** The plan for staff's {@code message} (an answer or a later message) on {@code escalation}. */
  public static Plan after(Escalation escalation, String message) {
    Origin origin = escalation.origin();
    if (origin.kind() != Origin.Kind.CHANNEL || origin.channelId().isEmpty()) {
      return new Plan.Nowhere();
    }
    String channel = origin.channelId().get();
    Optional<String> replyTo = origin.messageId();
    String name = escalation.client().displayName();
    if (escalation.urgent()) {
      return new Plan.AskToOpenDms(channel, replyTo, ClientText.openYourDirectMessages(replyTo.isPresent() ? "" : name));
    }
    return new Plan.PostInChannel(channel, replyTo, ClientText.answeredInChannel(replyTo.isPresent() ? "" : name, message));
  }
}
