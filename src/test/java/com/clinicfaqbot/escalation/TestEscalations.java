package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.List;

/** Escalations for tests, each different enough that a mix-up shows. */
final class TestEscalations {
  private TestEscalations() {}

  static ClientRef client(String userId) {
    return new ClientRef("console", userId, "Client " + userId);
  }

  static NewEscalation question(String userId, String question) {
    return new NewEscalation(
        client(userId), Origin.console(), question, EscalationReason.NO_MATCH, false, List.of());
  }

  static NewEscalation urgentQuestion(String userId, String question) {
    return new NewEscalation(
        client(userId), Origin.console(), question, EscalationReason.COMPLICATION, true, List.of());
  }

  /** Every field set, none at its default. */
  static NewEscalation full(int n) {
    return new NewEscalation(
        new ClientRef("discord", "user-" + n, "Name " + n + " ✨"),
        Origin.channel("channel-" + n, "message-" + n, "https://example.invalid/jump/" + n),
        "Question " + n + ": can I use retinol, 'twice' a day; \"after\" treatment?",
        EscalationReason.values()[n % EscalationReason.values().length],
        n % 2 == 0,
        List.of(
            new CandidateRef("aftercare", 0.5 + (n % 10) / 100.0),
            new CandidateRef("downtime", 0.25),
            new CandidateRef("serums-and-absorption", 0.125)));
  }
}
