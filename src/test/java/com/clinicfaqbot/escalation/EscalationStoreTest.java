package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.TestEscalations.full;
import static com.clinicfaqbot.escalation.TestEscalations.question;
import static com.clinicfaqbot.escalation.TestEscalations.urgentQuestion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EscalationStoreTest {
  @TempDir Path folder;
  private final MutableClock clock = MutableClock.at("2026-11-21T09:00:00.123Z");
  private Database database;
  private EscalationStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
    store = new EscalationStore(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private void reopen() {
    database.close();
    open();
  }

  @Test
  @DisplayName("A created escalation reads back with every field it was given, open and undelivered")
  void createdEscalationReadsBack() {
    // GIVEN a question with every field set
    NewEscalation asked = full(7);

    // WHEN it is stored
    Escalation stored = store.create(asked);

    // THEN it reads back whole, open, with nothing from staff yet
    Escalation read = store.get(stored.id());
    assertEquals(stored, read);
    assertEquals(asked.client(), read.client());
    assertEquals(asked.origin(), read.origin());
    assertEquals(asked.question(), read.question());
    assertEquals(asked.reason(), read.reason());
    assertEquals(asked.urgent(), read.urgent());
    assertEquals(asked.candidates(), read.candidates());
    assertEquals(Instant.parse("2026-11-21T09:00:00.123Z"), read.createdAt());
    assertEquals(EscalationStatus.OPEN, read.status());
    assertEquals(Optional.empty(), read.claimedBy());
    assertEquals(Optional.empty(), read.answer());
    assertEquals(Optional.empty(), read.closedAt());
    assertEquals(Optional.empty(), read.staffRef());
    assertEquals(List.of(), read.followUps());
  }

  @Test
  @DisplayName("The assistant's escalate decision becomes an escalation with its reason, urgency and best three candidates")
  void escalateDecisionBecomesEscalation() {
    // GIVEN an urgent decision with four candidates
    Reply.Escalate decision =
        TestReplies.escalate(
            EscalationReason.COMPLICATION, "aftercare", "downtime", "side-effects", "pain");

    // WHEN it is stored
    Escalation stored =
        store.create(
            NewEscalation.of(TestEscalations.client("c1"), Origin.console(), "it burns", decision));

    // THEN it keeps the reason, the urgency and the first three candidates in order
    assertEquals(EscalationReason.COMPLICATION, stored.reason());
    assertTrue(stored.urgent());
    assertEquals(
        List.of(new CandidateRef("aftercare", 0.4), new CandidateRef("downtime", 0.3),
            new CandidateRef("side-effects", 0.2)),
        stored.candidates());
  }

  @Test
  @DisplayName("Follow-ups are appended in the order the client sent them")
  void followUpsAppendInOrder() {
    // GIVEN an open escalation
    Escalation escalation = store.create(question("c1", "Can I dye my hair after?"));

    // WHEN the client sends three more messages, a minute apart, the middle one after a claim
    store.appendFollowUp(escalation.id(), "one");
    clock.advance(Duration.ofMinutes(1));
    store.claim(escalation.id(), "Dana");
    store.appendFollowUp(escalation.id(), "two");
    clock.advance(Duration.ofMinutes(1));
    store.appendFollowUp(escalation.id(), "three");

    // THEN they read back in that order with their times
    Instant start = Instant.parse("2026-11-21T09:00:00.123Z");
    assertEquals(
        List.of(new FollowUp("one", start), new FollowUp("two", start.plusSeconds(60)),
            new FollowUp("three", start.plusSeconds(120))),
        store.get(escalation.id()).followUps());
  }

  @Test
  @DisplayName("findOpenForClient finds that client's open or claimed escalation, not an answered one nor another client's")
  void findOpenForClient() {
    // GIVEN client c1 with an answered escalation and a newer claimed one, and client c2 with an open one
    Escalation answered = store.create(question("c1", "old"));
    store.answer(answered.id(), "Dana", "done");
    Escalation claimed = store.create(question("c1", "new"));
    store.claim(claimed.id(), "Sam");
    Escalation other = store.create(question("c2", "other"));

    // WHEN each client's open escalation is looked up
    // THEN c1 gets the claimed one, c2 its own, and a client with none gets nothing
    assertEquals(Optional.of(claimed.id()), store.findOpenForClient("console", "c1").map(Escalation::id));
    assertEquals(Optional.of(other.id()), store.findOpenForClient("console", "c2").map(Escalation::id));
    assertEquals(Optional.empty(), store.findOpenForClient("discord", "c1"));
    assertEquals(Optional.empty(), store.findOpenForClient("console", "c3"));
  }

  @Test
  @DisplayName("The open queue lists urgent escalations first, then oldest first, without answered or closed ones")
  void openQueueOrder() {
    // GIVEN escalations created a minute apart: routine, urgent, routine (claimed), urgent, answered, closed
    Escalation routineOld = store.create(question("a", "routine old"));
    clock.advance(Duration.ofMinutes(1));
    Escalation urgentOld = store.create(urgentQuestion("b", "urgent old"));
    clock.advance(Duration.ofMinutes(1));
    Escalation routineNew = store.create(question("c", "routine new"));
    store.claim(routineNew.id(), "Dana");
    clock.advance(Duration.ofMinutes(1));
    Escalation urgentNew = store.create(urgentQuestion("d", "urgent new"));
    store.answer(store.create(urgentQuestion("e", "answered")).id(), "Dana", "ok");
    store.close(store.create(question("f", "spam")).id());

    // WHEN the queue is listed
    List<Long> queue = store.openQueue().stream().map(Escalation::id).toList();

    // THEN urgent ones come first, each group oldest first
    assertEquals(List.of(urgentOld.id(), urgentNew.id(), routineOld.id(), routineNew.id()), queue);
  }

  @Test
  @DisplayName("The open queue gives each escalation its own candidates and follow-ups, each in order")
  void openQueueKeepsEachOnesChildren() {
    // GIVEN four open escalations with different candidates (one with none), queued in an order
    // other than their ids, and follow-ups sent by turns so that their ids interleave
    Escalation a = store.create(withCandidates("a", false, cand("downtime", 0.2), cand("aftercare", 0.7)));
    Escalation b = store.create(withCandidates("b", true, cand("pain", 0.9), cand("bruising", 0.1), cand("cost", 0.5)));
    Escalation c = store.create(withCandidates("c", false));
    Escalation d = store.create(withCandidates("d", true, cand("swelling", 0.3)));
    store.claim(c.id(), "Dana");
    Map<Long, List<FollowUp>> sent = new HashMap<>();
    for (String word : List.of("yes", "also", "maybe")) {
      for (Escalation e : List.of(c, a, d)) {
        clock.advance(Duration.ofSeconds(1));
        String text = word + " from " + e.client().userId();
        store.appendFollowUp(e.id(), text);
        sent.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(new FollowUp(text, clock.instant()));
      }
    }

    // WHEN the queue is listed
    List<Escalation> queue = store.openQueue();

    // THEN each comes back, urgent first then oldest, with exactly its own children in order
    record Family(long id, List<CandidateRef> candidates, List<FollowUp> followUps) {}
    assertEquals(
        List.of(
            new Family(b.id(), List.of(cand("pain", 0.9), cand("bruising", 0.1), cand("cost", 0.5)), List.of()),
            new Family(d.id(), List.of(cand("swelling", 0.3)), sent.get(d.id())),
            new Family(a.id(), List.of(cand("downtime", 0.2), cand("aftercare", 0.7)), sent.get(a.id())),
            new Family(c.id(), List.of(), sent.get(c.id()))),
        queue.stream().map(e -> new Family(e.id(), e.candidates(), e.followUps())).toList());
    // AND each equals the escalation read on its own
    assertEquals(
        List.of(store.get(b.id()), store.get(d.id()), store.get(a.id()), store.get(c.id())), queue);
  }

  private static NewEscalation withCandidates(String userId, boolean urgent, CandidateRef... candidates) {
    return new NewEscalation(
        TestEscalations.client(userId), Origin.console(), "question from " + userId,
        urgent ? EscalationReason.COMPLICATION : EscalationReason.NO_MATCH, urgent, List.of(candidates));
  }

  private static CandidateRef cand(String faqId, double confidence) {
    return new CandidateRef(faqId, confidence);
  }

  @Test
  @DisplayName("An answer that could not be delivered stays answered and listed, with its error, until it is delivered")
  void undeliveredAnswersAreKept() {
    // GIVEN two answered escalations for different clients
    Escalation first = store.answer(store.create(question("c1", "q1")).id(), "Dana", "a1");
    Escalation second = store.answer(store.create(question("c2", "q2")).id(), "Sam", "a2");

    // WHEN delivering the first fails twice
    store.recordDeliveryFailure(first.id(), "DMs closed");
    Escalation failed = store.recordDeliveryFailure(first.id(), "DMs still closed");

    // THEN it stays answered, undelivered, with the last error and the attempts counted
    assertEquals(EscalationStatus.ANSWERED, failed.status());
    StaffAnswer answer = failed.answer().orElseThrow();
    assertFalse(answer.delivered());
    assertEquals(2, answer.deliveryAttempts());
    assertEquals(Optional.of("DMs still closed"), answer.lastDeliveryError());
    assertEquals(List.of(first.id(), second.id()), ids(store.undelivered()));
    assertEquals(List.of(first.id()), ids(store.undeliveredFor("console", "c1")));

    // AND WHEN it is delivered later
    Escalation delivered = store.markDelivered(first.id());

    // THEN it leaves the undelivered lists, with the error cleared and the attempt counted
    assertTrue(delivered.answer().orElseThrow().delivered());
    assertEquals(3, delivered.answer().orElseThrow().deliveryAttempts());
    assertEquals(Optional.empty(), delivered.answer().orElseThrow().lastDeliveryError());
    assertEquals(List.of(second.id()), ids(store.undelivered()));
    assertEquals(List.of(), store.undeliveredFor("console", "c1"));
  }

  @Test
  @DisplayName("Marking an answer delivered twice counts one delivery")
  void markDeliveredIsIdempotent() {
    // GIVEN a delivered answer
    Escalation answered = store.answer(store.create(question("c1", "q")).id(), "Dana", "a");
    store.markDelivered(answered.id());

    // WHEN it is marked delivered again
    Escalation again = store.markDelivered(answered.id());

    // THEN nothing changed
    assertEquals(1, again.answer().orElseThrow().deliveryAttempts());
  }

  @Test
  @DisplayName("Delivery cannot be recorded for an escalation without an answer")
  void deliveryNeedsAnAnswer() {
    // GIVEN an open escalation
    Escalation open = store.create(question("c1", "q"));

    // WHEN its delivery is marked
    EscalationException refused =
        assertThrows(EscalationException.class, () -> store.markDelivered(open.id()));

    // THEN it is refused, saying why
    assertEquals("escalation #" + open.id() + " has no answer to deliver (it is OPEN)",
        refused.getMessage());
  }

  @Test
  @DisplayName("A staff-side thread maps back to its escalation, and one thread cannot serve two")
  void staffRefs() {
    // GIVEN two escalations, the first linked to a thread
    Escalation first = store.create(question("c1", "q1"));
    Escalation second = store.create(question("c2", "q2"));
    store.attachStaffRef(first.id(), "thread-42");

    // WHEN the thread is looked up, and linked to the second too
    Optional<Escalation> found = store.findByStaffRef("thread-42");
    EscalationException refused =
        assertThrows(EscalationException.class, () -> store.attachStaffRef(second.id(), "thread-42"));

    // THEN the first is found, and the second link is refused naming the first
    assertEquals(Optional.of(first.id()), found.map(Escalation::id));
    assertEquals(Optional.empty(), store.findByStaffRef("thread-43"));
    assertEquals("staff reference thread-42 already belongs to escalation #" + first.id(),
        refused.getMessage());
  }

  @Test
  @DisplayName("An unknown id is refused by name")
  void unknownId() {
    UnknownEscalationException refused =
        assertThrows(UnknownEscalationException.class, () -> store.answer(99, "Dana", "a"));

    assertEquals("escalation #99 does not exist", refused.getMessage());
    assertEquals(Optional.empty(), store.find(99));
  }

  @Test
  @DisplayName("After a restart the file shows every escalation, answer, follow-up and delivery state")
  void everythingSurvivesReopening() {
    // GIVEN escalations in every state, with follow-ups, errors and thread references
    Escalation open = store.create(full(1));
    store.appendFollowUp(open.id(), "hello?");
    Escalation claimed = store.claim(store.create(full(2)).id(), "Dana");
    Escalation answered = store.answer(store.create(full(3)).id(), "Sam", "Yes, after 48 hours.");
    store.recordDeliveryFailure(answered.id(), "client offline");
    Escalation closed = store.close(store.create(full(4)).id());
    store.attachStaffRef(claimed.id(), "thread-2");
    List<Escalation> before =
        List.of(store.get(open.id()), store.get(claimed.id()), store.get(answered.id()),
            store.get(closed.id()));

    // WHEN the file is closed and opened again
    reopen();

    // THEN everything reads back equal
    List<Escalation> after =
        List.of(store.get(open.id()), store.get(claimed.id()), store.get(answered.id()),
            store.get(closed.id()));
    assertEquals(before, after);
    assertEquals(List.of(answered.id()), ids(store.undelivered()));
  }

  @Test
  @DisplayName("Escalations created in a period are listed oldest first, the end excluded")
  void createdBetween() {
    // GIVEN escalations at 09:00, 10:00 and 11:00
    Escalation nine = store.create(question("a", "nine"));
    clock.advance(Duration.ofHours(1));
    Escalation ten = store.create(question("b", "ten"));
    clock.advance(Duration.ofHours(1));
    store.create(question("c", "eleven"));

    // WHEN the period from 09:00 to 11:00 is listed
    List<Escalation> listed =
        store.createdBetween(nine.createdAt(), nine.createdAt().plus(Duration.ofHours(2)));

    // THEN nine and ten are in it, eleven is not
    assertEquals(List.of(nine.id(), ten.id()), ids(listed));
  }

  private static List<Long> ids(List<Escalation> escalations) {
    return escalations.stream().map(Escalation::id).toList();
  }
}
