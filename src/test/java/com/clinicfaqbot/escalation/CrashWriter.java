package com.clinicfaqbot.escalation;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The process {@link CrashTest} kills: stores escalations in a loop and prints
 * {@code saved <n> <id>} as soon as each save has returned, until it is killed.
 */
final class CrashWriter {
  static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
  static final String SAVED = "saved ";

  private CrashWriter() {}

  public static void main(String[] args) {
    MutableClock clock = new MutableClock(START);
    try (Database database = Database.open(Path.of(args[0]))) {
      EscalationStore store = new EscalationStore(database, clock);
      for (int n = 1; n < 1_000_000; n++) {
        clock.advance(Duration.ofSeconds(1));
        Escalation escalation = store.create(TestEscalations.full(n));
        if (n % 2 == 0) {
          store.appendFollowUp(escalation.id(), followUp(n));
        }
        System.out.println(SAVED + n + " " + escalation.id());
        System.out.flush();
      }
    }
  }

  /** The time the n-th escalation was created at. */
  static Instant createdAt(int n) {
    return START.plusSeconds(n);
  }

  static String followUp(int n) {
    return "follow-up " + n + " — still waiting";
  }
}
