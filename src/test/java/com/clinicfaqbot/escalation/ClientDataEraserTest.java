package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.TestEscalations.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClientDataEraserTest {
  private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

  @TempDir Path folder;
  private Database database;
  private EscalationStore store;
  private DecisionLog log;
  private ClientDataEraser eraser;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
    MutableClock clock = new MutableClock(START);
    store = new EscalationStore(database, clock);
    log = new DecisionLog(database, clock);
    eraser = new ClientDataEraser(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("Forgetting a client deletes their escalations, follow-ups, decisions and feedback, and nobody else's")
  void forgetsExactlyThatClient() {
    // GIVEN client c1 with two escalations (one with follow-ups and candidates), decisions and feedback;
    // the same user id on another platform; and another client on the same platform
    Escalation first = store.create(TestEscalations.full(1));
    Escalation forgotten = store.create(question("c1", "first"));
    store.appendFollowUp(forgotten.id(), "hello?");
    store.appendFollowUp(forgotten.id(), "anyone?");
    store.answer(store.create(question("c1", "second")).id(), "Dana", "Yes.");
    log.record("console", "c1", TestReplies.answer("pain"));
    log.record("console", "c1", TestReplies.smallTalk());
    log.recordFeedback("console", "c1", "pain", true);
    Escalation sameIdElsewhere =
        store.create(new NewEscalation(new ClientRef("discord", "c1", "Other"), Origin.console(),
            "q", forgotten.reason(), false, List.of()));
    Escalation otherClient = store.create(question("c2", "other"));
    store.appendFollowUp(otherClient.id(), "kept");
    log.record("console", "c2", TestReplies.answer("pain"));
    log.recordFeedback("console", "c2", "pain", false);

    // WHEN console client c1 is forgotten
    ForgetResult result = eraser.forgetClient("console", "c1");

    // THEN exactly c1's rows are gone and counted
    assertEquals(new ForgetResult(2, 2, 2, 1), result);
    assertEquals(Optional.empty(), store.find(forgotten.id()));
    assertEquals(Optional.empty(), store.findOpenForClient("console", "c1"));
    assertEquals(List.of(), store.undeliveredFor("console", "c1"));
    assertEquals(first, store.get(first.id()));
    assertEquals(sameIdElsewhere, store.get(sameIdElsewhere.id()));
    assertEquals(List.of(new FollowUp("kept", START)), store.get(otherClient.id()).followUps());
    assertEquals(
        List.of("c2"),
        log.decisionsBetween(START, START.plusSeconds(1)).stream().map(Decision::userId).toList());
    assertEquals(
        List.of("c2"),
        log.feedbackBetween(START, START.plusSeconds(1)).stream().map(Feedback::userId).toList());
    assertEquals(0, orphans());
  }

  @Test
  @DisplayName("Forgetting a client nothing is stored about deletes nothing")
  void forgettingUnknownClient() {
    store.create(question("c1", "q"));

    assertEquals(new ForgetResult(0, 0, 0, 0), eraser.forgetClient("console", "nobody"));
    assertEquals(1, store.openQueue().size());
  }

  @Test
  @DisplayName("Forgetting the newest client does not free its escalation id for reuse")
  void idsAreNotReused() {
    // GIVEN the newest escalation, whose client is then forgotten
    store.create(question("a", "first"));
    Escalation newest = store.create(question("b", "second"));
    eraser.forgetClient("console", "b");

    // WHEN another escalation is created
    Escalation next = store.create(question("c", "third"));

    // THEN it gets a new id
    assertTrue(next.id() > newest.id(), () -> next.id() + " should be after " + newest.id());
  }

  /** Candidate and follow-up rows whose escalation is gone. */
  private int orphans() {
    return database.read(
        c -> Sql.query(
            c,
            "SELECT (SELECT count(*) FROM escalation_candidate WHERE escalation_id NOT IN"
                + " (SELECT id FROM escalation)) + (SELECT count(*) FROM escalation_follow_up"
                + " WHERE escalation_id NOT IN (SELECT id FROM escalation))",
            row -> row.getInt(1)).get(0));
  }
}
