package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicfaqbot.assistant.EscalationReason;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DecisionLogTest {
  private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

  @TempDir Path folder;
  private final MutableClock clock = new MutableClock(START);
  private Database database;
  private DecisionLog log;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
    log = new DecisionLog(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("Each kind of reply is logged with its outcome, the FAQ id it points at and the reason, and reads back after a restart")
  void logsEveryOutcome() {
    // GIVEN one reply of each kind, a second apart
    log.record("console", "c1", TestReplies.answer("aftercare"));
    clock.advance(Duration.ofSeconds(1));
    log.record("console", "c1", TestReplies.clarify("downtime", "makeup"));
    clock.advance(Duration.ofSeconds(1));
    log.record("discord", "d1",
        TestReplies.escalate(EscalationReason.COMPLICATION, "side-effects", "aftercare"));
    clock.advance(Duration.ofSeconds(1));
    log.record("discord", "d1", TestReplies.escalate(EscalationReason.BUSINESS));
    clock.advance(Duration.ofSeconds(1));
    log.record("discord", "d2", TestReplies.smallTalk());

    // WHEN the file is reopened and the log is read
    database.close();
    open();
    List<Decision> decisions = log.decisionsBetween(START, START.plusSeconds(60));

    // THEN every decision is there, in order
    assertEquals(
        List.of(
            new Decision(START, "console", "c1", DecisionOutcome.ANSWER,
                Optional.of("aftercare"), Optional.empty()),
            new Decision(START.plusSeconds(1), "console", "c1", DecisionOutcome.CLARIFY,
                Optional.of("downtime"), Optional.empty()),
            new Decision(START.plusSeconds(2), "discord", "d1", DecisionOutcome.ESCALATE,
                Optional.of("side-effects"), Optional.of(EscalationReason.COMPLICATION)),
            new Decision(START.plusSeconds(3), "discord", "d1", DecisionOutcome.ESCALATE,
                Optional.empty(), Optional.of(EscalationReason.BUSINESS)),
            new Decision(START.plusSeconds(4), "discord", "d2", DecisionOutcome.SMALLTALK,
                Optional.empty(), Optional.empty())),
        decisions);
  }

  @Test
  @DisplayName("The log keeps no message text: its table has no column for it")
  void keepsNoText() {
    List<String> columns =
        database.read(
            c -> Sql.query(c, "SELECT name FROM pragma_table_info('decision') ORDER BY cid",
                row -> row.getString(1)));

    assertEquals(
        List.of("id", "decided_at", "platform", "user_id", "outcome", "faq_id", "reason"), columns);
  }

  @Test
  @DisplayName("Decisions are listed for a period, its end excluded")
  void decisionsForAPeriod() {
    // GIVEN decisions at 09:00, 10:00 and 11:00
    log.record("console", "c1", TestReplies.smallTalk());
    clock.advance(Duration.ofHours(1));
    log.record("console", "c1", TestReplies.answer("pain"));
    clock.advance(Duration.ofHours(1));
    log.record("console", "c1", TestReplies.answer("makeup"));

    // WHEN 10:00 to 11:00 is listed
    List<Decision> decisions =
        log.decisionsBetween(START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(2)));

    // THEN only the 10:00 decision is in it
    assertEquals(List.of(Optional.of("pain")), decisions.stream().map(Decision::faqId).toList());
  }

  @Test
  @DisplayName("Feedback is recorded and listed with who gave it, on which entry, and whether it helped")
  void recordsFeedback() {
    // GIVEN a helpful and an unhelpful verdict
    log.recordFeedback("console", "c1", "aftercare", true);
    clock.advance(Duration.ofMinutes(5));
    log.recordFeedback("discord", "d1", "downtime", false);

    // WHEN feedback is listed
    List<Feedback> feedback = log.feedbackBetween(START, START.plus(Duration.ofHours(1)));

    // THEN both are there, in order
    assertEquals(
        List.of(
            new Feedback(START, "console", "c1", "aftercare", true),
            new Feedback(START.plus(Duration.ofMinutes(5)), "discord", "d1", "downtime", false)),
        feedback);
  }
}
