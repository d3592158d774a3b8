package com.clinicfaqbot.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.config.OpeningHours;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The client desk")
final class ClientDeskTest {
  static final String URGENT_QUESTION = "my face is swollen and red 3 days after microneedling";
  static final String BUSINESS_QUESTION = "how much does it cost";

  private static CoreEngine engine;

  @TempDir Path folder;
  private Database database;
  private EscalationStore store;
  private ClientDesk desk;

  @BeforeAll
  static void loadFaq() throws Exception {
    engine = CoreEngine.load(Path.of("faq"));
  }

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("clinic-faq.db"));
    // Wednesday 2025-06-04 20:00 UTC, after the clinic closed at 18:00 UTC
    Clock clock = Clock.fixed(Instant.parse("2025-06-04T20:00:00Z"), ZoneOffset.UTC);
    store = new EscalationStore(database, clock);
    OpeningHours hours = new OpeningHours(ZoneOffset.UTC,
        Map.of(DayOfWeek.THURSDAY, new OpeningHours.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0))));
    desk = new ClientDesk(engine.assistant(), engine.search(), store, new DecisionLog(database, clock),
        new ReplyPromise(hours, clock));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private static Question from(String user, String text) {
    return new Question(new ClientRef("discord", user, "Client " + user), Origin.directMessage("dm-" + user, "m-1"), text);
  }

  @Test
  @DisplayName("An FAQ answer comes with the entries it names as related, from the catalog")
  void answerWithRelated() {
    // WHEN a client asks whether it hurts
    DeskReply reply = desk.ask(from("dana", "will it hurt"));

    // THEN the pain entry answers, with its related entries resolved, and it is their first contact
    DeskOutcome.Answered answered = assertInstanceOf(DeskOutcome.Answered.class, reply.outcome());
    FaqEntry pain = engine.catalog().find("pain").orElseThrow();
    assertEquals(pain, answered.entry());
    assertEquals(pain.related().stream().limit(3).toList(), answered.related().stream().map(FaqEntry::id).toList());
    assertTrue(reply.firstContact());
    assertFalse(reply.outcome().sensitive());
    // AND the next message is no longer a first contact
    assertFalse(desk.ask(from("dana", "thanks!")).firstContact());
  }

  @Test
  @DisplayName("An urgent question is stored, is sensitive, and promises a reply when the clinic reopens")
  void urgentIsStoredWithPromise() {
    // WHEN a client describes a complication outside opening hours
    DeskOutcome outcome = desk.ask(from("dana", URGENT_QUESTION)).outcome();

    // THEN the outcome is the stored escalation, urgent and sensitive
    DeskOutcome.Escalated escalated = assertInstanceOf(DeskOutcome.Escalated.class, outcome);
    assertEquals(store.findOpenForClient("discord", "dana").orElseThrow(), escalated.escalation());
    assertTrue(escalated.sensitive());
    // AND the promise is the next opening, tomorrow at 9:00
    assertEquals("We're closed right now: expect a reply when we reopen tomorrow at 9:00.",
        ReplyPromise.sentence(escalated.expected()).orElseThrow());
  }

  @Test
  @DisplayName("A message while a question waits is added to it; an urgent one after a non-urgent one is its own escalation")
  void followUps() {
    // GIVEN a client whose business question waits for staff
    desk.ask(from("dana", BUSINESS_QUESTION));

    // WHEN they add a detail, THEN it joins the waiting escalation
    DeskOutcome added = desk.ask(from("dana", "for the face and neck")).outcome();
    DeskOutcome.FollowUpAdded followUp = assertInstanceOf(DeskOutcome.FollowUpAdded.class, added);
    assertEquals("for the face and neck", followUp.escalation().followUps().get(0).text());

    // WHEN they then describe a complication, THEN it is a new urgent escalation
    DeskOutcome urgent = desk.ask(from("dana", URGENT_QUESTION)).outcome();
    assertTrue(assertInstanceOf(DeskOutcome.Escalated.class, urgent).escalation().urgent());
    assertEquals(2, store.openQueue().size());
  }

  @Test
  @DisplayName("'Not what I asked' escalates the question with the entry shown as the first candidate")
  void escalateOnRequestById() {
    // GIVEN a client shown the makeup entry for a question about something else
    Question question = from("dana", "can I dye my hair after microneedling");

    // WHEN they say it is not what they asked
    DeskOutcome outcome = desk.escalateOnRequestById(question, List.of("makeup"));

    // THEN staff get the question, no-match, with the entry shown first among at most three
    Escalation stored = assertInstanceOf(DeskOutcome.Escalated.class, outcome).escalation();
    assertEquals(question.text(), stored.question());
    assertEquals("no-match", stored.reason().code());
    assertEquals("makeup", stored.candidates().get(0).faqId());
    assertTrue(stored.candidates().size() <= 3);
    assertEquals(stored.candidates().size(), stored.candidates().stream().map(CandidateRef::faqId).distinct().count());
  }

  @Test
  @DisplayName("Showing a picked entry records it as an answer; an id the FAQ lacks shows nothing")
  void show() {
    // GIVEN a client who picks entries
    ClientRef dana = from("dana", "").client();

    // WHEN they pick one the FAQ has, and one it lacks; THEN the first is shown, the second not
    assertEquals("downtime", desk.show(dana, "downtime").orElseThrow().entry().id());
    assertTrue(desk.show(dana, "no-such-entry").isEmpty());
  }

  @Test
  @DisplayName("opens one escalation, not two, when one client's messages are handled at the same moment")
  void oneEscalationPerClientUnderConcurrency() throws Exception {
    // GIVEN ten clients, each sending four questions for staff from four threads at once
    int clients = 10;
    int perClient = 4;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(perClient);
    try {
      for (int c = 0; c < clients; c++) {
        String user = "burst-" + c;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<DeskReply>> replies = new java.util.ArrayList<>();
        for (int m = 0; m < perClient; m++) {
          replies.add(pool.submit(() -> {
            start.await();
            return desk.ask(from(user, BUSINESS_QUESTION));
          }));
        }
        // WHEN they all go at once
        start.countDown();
        for (java.util.concurrent.Future<DeskReply> reply : replies) {
          reply.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // THEN each client has exactly one escalation, holding the other three messages as follow-ups
    for (int c = 0; c < clients; c++) {
      String user = "burst-" + c;
      List<Escalation> theirs = store.openQueue().stream()
          .filter(e -> e.client().userId().equals(user)).toList();
      assertEquals(1, theirs.size(), () -> user + " has " + theirs.size() + " escalations");
      assertEquals(perClient - 1, theirs.get(0).followUps().size());
    }
  }
}
