package com.clinicfaqbot.escalation.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.DecisionOutcome;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.faq.FaqEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EscalationReporterTest {
  private static final Instant MONDAY = Instant.parse("2026-11-16T00:00:00Z");
  private static final Instant NEXT_MONDAY = MONDAY.plus(Duration.ofDays(7));

  @TempDir Path folder;
  private Database database;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("A week's report counts decisions by outcome and escalations by reason, groups similar questions and gives the median time to answer")
  void weeklyReport() {
    // GIVEN a week with decisions of each kind, four escalations answered after 10, 30, 50 and
    // 120 minutes, one unanswered, and activity the week before that must not count
    decide(MONDAY.minusSeconds(1), answer("pain"));
    decide(MONDAY, answer("pain"));
    decide(MONDAY.plusSeconds(1), answer("aftercare"));
    decide(MONDAY.plusSeconds(2), new Reply.SmallTalk("hi"));
    decide(MONDAY.plusSeconds(3), escalate(EscalationReason.NO_MATCH));
    Instant tuesday = MONDAY.plus(Duration.ofDays(1));
    escalate(MONDAY.minusSeconds(60), "Can I wear makeup after microneedling?",
        EscalationReason.NO_MATCH, Duration.ofMinutes(1));
    escalate(tuesday, "Can I wear makeup after microneedling?",
        EscalationReason.NO_MATCH, Duration.ofMinutes(10));
    escalate(tuesday.plusSeconds(60), "when can i put makeup on after microneedling",
        EscalationReason.HUMAN_REQUESTED, Duration.ofMinutes(50));
    escalate(tuesday.plusSeconds(120), "How much is a session?",
        EscalationReason.BUSINESS, Duration.ofMinutes(30));
    escalate(tuesday.plusSeconds(180), "My skin is blistering after my session",
        EscalationReason.COMPLICATION, Duration.ofMinutes(120));
    escalate(tuesday.plusSeconds(240), "wear makeup after microneedling?",
        EscalationReason.NO_MATCH, null);

    // WHEN the week's report is made
    EscalationReport report =
        new EscalationReporter(
                new EscalationStore(database, Clock.systemUTC()),
                new DecisionLog(database, Clock.systemUTC()),
                new QuestionGrouper(QuestionGrouper.DEFAULT_THRESHOLD))
            .report(MONDAY, NEXT_MONDAY);

    // THEN the counts, groups and median are those of this week only
    assertEquals(
        Map.of(DecisionOutcome.ANSWER, 2, DecisionOutcome.CLARIFY, 0,
            DecisionOutcome.ESCALATE, 1, DecisionOutcome.SMALLTALK, 1),
        report.byOutcome());
    assertEquals(
        Map.of(EscalationReason.NO_MATCH, 2, EscalationReason.HUMAN_REQUESTED, 1,
            EscalationReason.BUSINESS, 1, EscalationReason.COMPLICATION, 1,
            EscalationReason.MEDICAL_HISTORY, 0, EscalationReason.OTHER_TREATMENT, 0),
        report.byReason());
    assertEquals(
        List.of("Can I wear makeup after microneedling?", "How much is a session?",
            "My skin is blistering after my session"),
        report.contentGaps().stream().map(QuestionGroup::representative).toList());
    assertEquals(List.of(3, 1, 1),
        report.contentGaps().stream().map(QuestionGroup::count).toList());
    assertEquals(
        Map.of(EscalationReason.NO_MATCH, 2, EscalationReason.HUMAN_REQUESTED, 1),
        report.contentGaps().get(0).reasons());
    assertEquals(Optional.of(Duration.ofMinutes(40)), report.medianTimeToAnswer());
  }

  @Test
  @DisplayName("A quiet period has zero counts, no groups and no median")
  void emptyPeriod() {
    EscalationReport report =
        EscalationReport.of(MONDAY, NEXT_MONDAY, List.of(), List.of(),
            new QuestionGrouper(QuestionGrouper.DEFAULT_THRESHOLD));

    assertEquals(0, report.byOutcome().get(DecisionOutcome.ANSWER));
    assertEquals(0, report.byReason().get(EscalationReason.NO_MATCH));
    assertEquals(List.of(), report.contentGaps());
    assertEquals(Optional.empty(), report.medianTimeToAnswer());
  }

  @Test
  @DisplayName("The median of an odd count is the middle duration")
  void medianOfOddCount() {
    assertEquals(
        Optional.of(Duration.ofMinutes(30)),
        EscalationReport.median(
            List.of(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(9))));
  }

  private void decide(Instant at, Reply reply) {
    new DecisionLog(database, Clock.fixed(at, ZoneOffset.UTC)).record("console", "c1", reply);
  }

  /** Stores an escalation created at {@code at}, answered {@code after} later (null: not yet). */
  private void escalate(Instant at, String question, EscalationReason reason, Duration after) {
    long id =
        new EscalationStore(database, Clock.fixed(at, ZoneOffset.UTC))
            .create(new NewEscalation(new ClientRef("console", "c1", "Client"), Origin.console(),
                question, reason, reason.urgent(), List.of()))
            .id();
    if (after != null) {
      new EscalationStore(database, Clock.fixed(at.plus(after), ZoneOffset.UTC))
          .answer(id, "Dana", "An answer.");
    }
  }

  private static Reply answer(String faqId) {
    return new Reply.Answer(
        new FaqEntry(faqId, faqId + "?", List.of(), List.of(), "…", List.of(), "t:1"), 0.9);
  }

  private static Reply escalate(EscalationReason reason) {
    return new Reply.Escalate(reason, List.<Candidate>of());
  }
}
