package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle OPEN → CLAIMED → ANSWERED → CLOSED, every step allowed and every step refused. */
final class EscalationLifecycleTest {
  @TempDir Path folder;
  private Database database;
  private EscalationStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
    store = new EscalationStore(database, MutableClock.at("2026-11-21T09:00:00Z"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @CsvSource({
    "OPEN,     CLAIM,     CLAIMED",
    "OPEN,     ANSWER,    ANSWERED",
    "OPEN,     CLOSE,     CLOSED",
    "OPEN,     FOLLOW_UP, OPEN",
    "CLAIMED,  ANSWER,    ANSWERED",
    "CLAIMED,  CLOSE,     CLOSED",
    "CLAIMED,  FOLLOW_UP, CLAIMED",
    "ANSWERED, CLOSE,     CLOSED",
  })
  @DisplayName("An allowed action moves the escalation to its next status, on disk")
  void allowedTransitions(EscalationStatus from, EscalationAction action, EscalationStatus to) {
    // GIVEN an escalation in status `from`, claimed and answered by Dana where that applies
    long id = reach(from);

    // WHEN Sam does the action
    Escalation after = act(id, action, "Sam");

    // THEN it is in status `to`, and reading it again says the same
    assertEquals(to, after.status());
    assertEquals(to, store.get(id).status());
  }

  @ParameterizedTest(name = "{1} on {0} is refused: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CLAIMED  | CLAIM     | cannot claim escalation #1: it is CLAIMED (claimed by Dana)",
        "ANSWERED | CLAIM     | cannot claim escalation #1: it is ANSWERED (answered by Dana)",
        "CLOSED   | CLAIM     | cannot claim escalation #1: it is CLOSED (answered by Dana)",
        "ANSWERED | ANSWER    | cannot answer escalation #1: it is ANSWERED (answered by Dana)",
        "CLOSED   | ANSWER    | cannot answer escalation #1: it is CLOSED (answered by Dana)",
        "CLOSED   | CLOSE     | cannot close escalation #1: it is CLOSED (answered by Dana)",
        "ANSWERED | FOLLOW_UP | cannot add a follow-up to escalation #1: it is ANSWERED (answered by Dana)",
        "CLOSED   | FOLLOW_UP | cannot add a follow-up to escalation #1: it is CLOSED (answered by Dana)",
      })
  @DisplayName("A forbidden action is refused naming the escalation, its status, the action and who holds it, and changes nothing")
  void refusedTransitions(EscalationStatus from, EscalationAction action, String message) {
    // GIVEN an escalation in status `from`, claimed and answered by Dana where that applies
    long id = reach(from);
    Escalation before = store.get(id);

    // WHEN Sam tries the action
    IllegalTransitionException refused =
        assertThrows(IllegalTransitionException.class, () -> act(id, action, "Sam"));

    // THEN it is refused with a clear message, and the escalation is as it was
    assertEquals(message, refused.getMessage());
    assertEquals(from, refused.status());
    assertEquals(action, refused.action());
    assertEquals(Optional.of("Dana"), refused.heldBy());
    assertEquals(before, store.get(id));
  }

  @Test
  @DisplayName("An escalation closed without an answer is refused without naming anyone")
  void closedUnansweredNamesNobody() {
    // GIVEN an escalation closed as spam straight from open
    long id = store.create(TestEscalations.question("c1", "buy cheap pills")).id();
    store.close(id);

    // WHEN staff try to answer it
    IllegalTransitionException refused =
        assertThrows(IllegalTransitionException.class, () -> store.answer(id, "Sam", "no"));

    // THEN the message gives the status only
    assertEquals("cannot answer escalation #" + id + ": it is CLOSED", refused.getMessage());
    assertEquals(Optional.empty(), refused.heldBy());
  }

  @Test
  @DisplayName("Claiming one's own claim again is harmless")
  void reclaimingOwnClaim() {
    // GIVEN an escalation claimed by Dana
    long id = store.create(TestEscalations.question("c1", "q")).id();
    store.claim(id, "Dana");

    // WHEN Dana claims it again (a double click)
    Escalation again = store.claim(id, "Dana");

    // THEN it is still hers
    assertEquals(EscalationStatus.CLAIMED, again.status());
    assertEquals(Optional.of("Dana"), again.claimedBy());
  }

  @Test
  @DisplayName("A colleague may answer what someone else claimed; both names are kept")
  void answeringAnotherStaffMembersClaim() {
    // GIVEN an escalation claimed by Dana
    long id = store.create(TestEscalations.question("c1", "q")).id();
    store.claim(id, "Dana");

    // WHEN Sam answers it
    Escalation answered = store.answer(id, "Sam", "Yes.");

    // THEN Sam is the one who answered, and Dana still the one who claimed
    assertEquals("Sam", answered.answer().orElseThrow().staff());
    assertEquals(Optional.of("Dana"), answered.claimedBy());
  }

  /** Creates escalation #1 and walks it to {@code status}, Dana doing the staff's part. */
  private long reach(EscalationStatus status) {
    long id = store.create(TestEscalations.question("c1", "Can I swim after?")).id();
    switch (status) {
      case OPEN -> { }
      case CLAIMED -> store.claim(id, "Dana");
      case ANSWERED -> store.answer(id, "Dana", "Wait 24 hours.");
      case CLOSED -> {
        store.answer(id, "Dana", "Wait 24 hours.");
        store.close(id);
      }
    }
    return id;
  }

  private Escalation act(long id, EscalationAction action, String staff) {
    return switch (action) {
      case CLAIM -> store.claim(id, staff);
      case ANSWER -> store.answer(id, staff, "An answer from " + staff);
      case CLOSE -> store.close(id);
      case FOLLOW_UP -> store.appendFollowUp(id, "still there?");
    };
  }
}
