package com.clinicfaqbot.desk;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqEntry;
import java.util.List;
import java.util.Objects;

/**
 * What became of a client's message, for a surface to render (as lines on the console, as an
 * embed with buttons on Discord). Java 17 has no pattern switch: consume it with an
 * {@code instanceof} chain that ends in an exception.
 */
public sealed interface DeskOutcome {

  /**
   * Whether the reply concerns the client's health (an urgent escalation, or a follow-up to one):
   * a surface answers it privately when the client asked in public, and never repeats it there.
   */
  boolean sensitive();

  /** Answered from an FAQ entry; {@code related} are the entries it suggests next, at most three. */
  record Answered(FaqEntry entry, List<FaqEntry> related) implements DeskOutcome {
    public Answered {
      Objects.requireNonNull(entry, "entry");
      related = List.copyOf(related);
    }

    @Override
    public boolean sensitive() {
      return false;
    }
  }

  /** Two or three entries are close: the client picks one, or asks the clinic. */
  record Choices(List<Candidate> candidates) implements DeskOutcome {
    public Choices {
      candidates = List.copyOf(candidates);
    }

    @Override
    public boolean sensitive() {
      return false;
    }
  }

  /** Small talk: a friendly line. */
  record Chat(String text) implements DeskOutcome {
    public Chat {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean sensitive() {
      return false;
    }
  }

  /** Stored for staff (it is on disk): now, and only now, the client may be told so. */
  record Escalated(Escalation escalation, ReplyPromise.Expected expected) implements DeskOutcome {
    public Escalated {
      Objects.requireNonNull(escalation, "escalation");
      Objects.requireNonNull(expected, "expected");
    }

    @Override
    public boolean sensitive() {
      return escalation.urgent();
    }
  }

  /** It should have gone to staff but could not be stored: nobody has it. */
  record NotEscalated(boolean urgent) implements DeskOutcome {
    @Override
    public boolean sensitive() {
      return urgent;
    }
  }

  /** Added to the client's escalation that is still waiting for staff. */
  record FollowUpAdded(Escalation escalation, String text) implements DeskOutcome {
    public FollowUpAdded {
      Objects.requireNonNull(escalation, "escalation");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean sensitive() {
      return escalation.urgent();
    }
  }

  /** The records could not be read or written: nothing was done. */
  record Trouble() implements DeskOutcome {
    @Override
    public boolean sensitive() {
      return false;
    }
  }
}
