package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.StaffAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Escalation records for the review tests, which need no database. */
final class ReviewEscalations {
  static final Instant CREATED = Instant.parse("2026-11-21T09:00:00Z");

  private ReviewEscalations() {}

  static Escalation open(long id, String question, EscalationReason reason) {
    return new Escalation(id, new ClientRef("console", "c" + id, "Client"), Origin.console(),
        question, reason, reason.urgent(), List.of(), CREATED, EscalationStatus.OPEN,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  static Escalation answered(long id, String question, String staff, String text, Instant at) {
    StaffAnswer answer = new StaffAnswer(staff, text, at, false, 0, Optional.empty());
    return new Escalation(id, new ClientRef("console", "c" + id, "Client"), Origin.console(),
        question, EscalationReason.NO_MATCH, false, List.of(), CREATED, EscalationStatus.ANSWERED,
        Optional.empty(), Optional.of(answer), Optional.empty(), Optional.empty(), List.of());
  }
}
