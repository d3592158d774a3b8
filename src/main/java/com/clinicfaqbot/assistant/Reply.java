package com.clinicfaqbot.assistant;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.List;
import java.util.Objects;

/**
 * What the assistant decided to do with one client message. Java 17 has no pattern switch:
 * consume it with an {@code instanceof} chain that ends in an exception.
 */
public sealed interface Reply {

  /** The stable outcome name used in JSON and reports. */
  String outcome();

  /** Answer from one FAQ entry. */
  record Answer(FaqEntry entry, double confidence) implements Reply {
    public Answer {
      Objects.requireNonNull(entry, "entry");
    }

    @Override
    public String outcome() {
      return "answer";
    }
  }

  /** Two or three entries are close: let the client pick. */
  record Clarify(List<Candidate> candidates) implements Reply {
    public Clarify {
      candidates = List.copyOf(candidates);
      if (candidates.size() < 2 || candidates.size() > 3) {
        throw new IllegalArgumentException("clarify needs 2 or 3 candidates, got " + candidates.size());
      }
    }

    @Override
    public String outcome() {
      return "clarify";
    }
  }

  /** Hand the question to staff. Candidates are the entries search liked best, for context. */
  record Escalate(EscalationReason reason, List<Candidate> candidates) implements Reply {
    public Escalate {
      Objects.requireNonNull(reason, "reason");
      candidates = List.copyOf(candidates);
    }

    public boolean urgent() {
      return reason.urgent();
    }

    @Override
    public String outcome() {
      return "escalate";
    }
  }

  /**
   * Greetings, thanks, "are you a bot?", "never mind": a friendly reply, nothing to escalate.
   * {@code topic} says which kind, for a surface that acts on some (a withdrawal, a greeting).
   */
  record SmallTalk(String text, com.clinicfaqbot.assistant.SmallTalk.Topic topic) implements Reply {
    public SmallTalk {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(topic, "topic");
    }

    /** Small talk of no particular kind. */
    public SmallTalk(String text) {
      this(text, com.clinicfaqbot.assistant.SmallTalk.Topic.ACKNOWLEDGE);
    }

    @Override
    public String outcome() {
      return "smalltalk";
    }
  }
}
