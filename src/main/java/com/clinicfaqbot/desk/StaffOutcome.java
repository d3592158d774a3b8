package com.clinicfaqbot.desk;

import com.clinicfaqbot.escalation.Escalation;
import java.util.Objects;

/** What became of something staff wrote for a client. */
public sealed interface StaffOutcome {

  /** The escalation's answer, now stored: deliver it to the client. */
  record Answered(Escalation escalation) implements StaffOutcome {
    public Answered {
      Objects.requireNonNull(escalation, "escalation");
    }
  }

  /** A further message after the answer: pass it on to the client too (it is not stored). */
  record Forwarded(Escalation escalation, String text) implements StaffOutcome {
    public Forwarded {
      Objects.requireNonNull(escalation, "escalation");
      Objects.requireNonNull(text, "text");
    }
  }

  /** Not sent to the client; {@code reason} is written for staff. */
  record Refused(String reason) implements StaffOutcome {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
