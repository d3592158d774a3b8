package com.clinicfaqbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.assistant.Thresholds;
import com.clinicfaqbot.config.OpeningHours;
import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Decision;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.DecisionOutcome;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.FollowUp;
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqEntry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClientConversationTest {
  private static final String URGENT_LINE = "780-555-0100";
  private static final String URGENT_QUESTION = "my face is swollen and red 3 days after microneedling";
  private static final String BUSINESS_QUESTION = "how much does it cost";
  /** Matches several entries: with {@link #alwaysClarify}, a choice between them. */
  private static final String OPEN_QUESTION = "what should I do after microneedling";

  /** The real FAQ with the default thresholds, as {@code chat} runs it. */
  private static CoreEngine engine;
  /**
   * The real FAQ with thresholds that never answer outright and offer every hit as a choice: a
   * clarify on demand, whatever the FAQ's current tuning.
   */
  private static CoreEngine alwaysClarify;

  @TempDir Path folder;
  private Database database;
  private EscalationStore store;
  private DecisionLog decisions;

  @BeforeAll
  static void loadFaq() throws Exception {
    engine = CoreEngine.load(Path.of("faq"), Thresholds.DEFAULT, ConfidenceModel.DEFAULT);
    alwaysClarify = CoreEngine.load(Path.of("faq"), new Thresholds(1.0, 0.0, 0.0), ConfidenceModel.DEFAULT);
  }

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("data/clinic-faq.db"));
    store = new EscalationStore(database, Clock.systemUTC());
    decisions = new DecisionLog(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    database.close();
  }

  private ClientConversation conversation(CoreEngine with, String user) {
    ClientDesk desk = new ClientDesk(with.assistant(), with.search(), store, decisions,
        new ReplyPromise(new OpeningHours(ZoneOffset.UTC, Map.of()), Clock.systemUTC()));
    return new ClientConversation(desk, user, Optional.of(URGENT_LINE));
  }

  private List<Decision> decisions() {
    return decisions.decisionsBetween(Instant.EPOCH, Instant.now().plusSeconds(60));
  }

  private static FaqEntry entry(String id) {
    return engine.catalog().find(id).orElseThrow(() -> new AssertionError("no FAQ entry " + id));
  }

  @Test
  @DisplayName("An FAQ question gets the answer of the entry the assistant chose, and the decision is logged")
  void answersFromTheFaq() {
    // GIVEN a client on the console
    ClientConversation dana = conversation(engine, "dana");

    // WHEN they ask whether it hurts
    List<String> said = dana.handle("will it hurt");

    // THEN they get the pain entry's question and answer, as the catalog has them
    FaqEntry pain = entry("pain");
    assertEquals(List.of(pain.question() + "\n" + pain.answer()), said);
    // AND the decision log holds one answer from that entry, and nothing went to staff
    assertEquals(1, decisions().size());
    assertEquals(DecisionOutcome.ANSWER, decisions().get(0).outcome());
    assertEquals(Optional.of("pain"), decisions().get(0).faqId());
    assertEquals(List.of(), store.openQueue());
  }

  @Test
  @DisplayName("An urgent question is stored as urgent with reason complication, and the client is told to call the clinic's line")
  void urgentQuestionIsStoredAndAcknowledged() {
    // GIVEN a client on the console
    ClientConversation dana = conversation(engine, "dana");

    // WHEN they describe a problem after their treatment
    List<String> said = dana.handle(URGENT_QUESTION);

    // THEN the store holds it: open, urgent, complication, their words, their id
    Escalation stored = store.findOpenForClient("console", "dana").orElseThrow();
    assertEquals(URGENT_QUESTION, stored.question());
    assertTrue(stored.urgent());
    assertEquals(EscalationReason.COMPLICATION, stored.reason());
    assertEquals(EscalationStatus.OPEN, stored.status());
    // AND only then were they told: a person will reply, and to call the clinic on its urgent line
    assertEquals(1, said.size());
    assertTrue(said.get(0).contains("a person will reply"), said.get(0));
    assertTrue(said.get(0).contains("call the clinic on " + URGENT_LINE), said.get(0));
    assertTrue(said.get(0).contains("emergency services"), said.get(0));
    assertEquals(DecisionOutcome.ESCALATE, decisions().get(0).outcome());
  }

  @Test
  @DisplayName("When the question cannot be stored, the client is not told a person will reply but to call the clinic")
  void failedSaveIsNotAcknowledged() throws Exception {
    // GIVEN a database that refuses every new escalation (reads still work)
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.file());
        Statement s = c.createStatement()) {
      s.execute("CREATE TRIGGER refuse BEFORE INSERT ON escalation BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    }
    ClientConversation dana = conversation(engine, "dana");

    // WHEN they ask an urgent question
    List<String> said = dana.handle(URGENT_QUESTION);

    // THEN nothing is stored, and the reply says so and points to the phone
    assertEquals(List.of(), store.openQueue());
    assertEquals(1, said.size());
    assertFalse(said.get(0).contains("will reply"), said.get(0));
    assertTrue(said.get(0).contains("nobody has it yet"), said.get(0));
    assertTrue(said.get(0).contains("call the clinic on " + URGENT_LINE), said.get(0));
  }

  @Test
  @DisplayName("While a question waits for staff, the client's next message is added to it, not a new escalation")
  void nextMessageIsAFollowUp() {
    // GIVEN a client whose business question went to staff
    ClientConversation dana = conversation(engine, "dana");
    dana.handle(BUSINESS_QUESTION);
    Escalation waiting = store.findOpenForClient("console", "dana").orElseThrow();

    // WHEN they write again, something the FAQ could answer
    List<String> said = dana.handle("and will it hurt?");

    // THEN it is acknowledged as added, not answered, and joins the same escalation
    assertEquals(List.of("Added to your question for our team."), said);
    assertEquals(1, store.openQueue().size());
    List<FollowUp> followUps = store.get(waiting.id()).followUps();
    assertEquals(List.of("and will it hurt?"), followUps.stream().map(FollowUp::text).toList());
  }

  @Test
  @DisplayName("Small talk while a question waits still gets its friendly reply and is not added to the question")
  void smallTalkIsNotAFollowUp() {
    // GIVEN a client whose question waits for staff
    ClientConversation dana = conversation(engine, "dana");
    dana.handle(BUSINESS_QUESTION);

    // WHEN they say thanks
    List<String> said = dana.handle("thanks!");

    // THEN they get the assistant's small-talk reply and the escalation has no follow-up
    Reply.SmallTalk thanks = (Reply.SmallTalk) engine.assistant().decide("thanks!");
    assertEquals(List.of(thanks.text()), said);
    assertEquals(List.of(), store.findOpenForClient("console", "dana").orElseThrow().followUps());
  }

  @Test
  @DisplayName("An urgent message while a non-urgent question waits becomes its own urgent escalation, first in the queue")
  void urgentMessageIsNotBuriedInAFollowUp() {
    // GIVEN a client whose business question waits for staff
    ClientConversation dana = conversation(engine, "dana");
    dana.handle(BUSINESS_QUESTION);

    // WHEN they then describe a complication
    List<String> said = dana.handle(URGENT_QUESTION);

    // THEN staff see a new urgent escalation at the head of the queue
    List<Escalation> queue = store.openQueue();
    assertEquals(2, queue.size());
    assertTrue(queue.get(0).urgent());
    assertEquals(URGENT_QUESTION, queue.get(0).question());
    assertEquals(List.of(), queue.get(1).followUps());
    assertTrue(said.get(0).contains("call the clinic on " + URGENT_LINE), said.get(0));
  }

  @Test
  @DisplayName("Choices are numbered, the last being 'None of these'; typing a number shows that entry")
  void numberShowsTheChosenEntry() {
    // GIVEN a client offered choices for their question
    ClientConversation dana = conversation(alwaysClarify, "dana");
    String choices = dana.handle(OPEN_QUESTION).get(0);
    List<String> offered = numbered(choices);
    assertTrue(offered.size() >= 3, choices); // two entries or more, then "None of these"
    assertEquals(ReplyText.NONE_OF_THESE, offered.get(offered.size() - 1));

    // WHEN they type 2
    List<String> said = dana.handle("2");

    // THEN they get the second entry offered, whole
    FaqEntry second = byQuestion(offered.get(1));
    assertEquals(List.of(second.question() + "\n" + second.answer()), said);
    assertEquals(Optional.of(second.id()), decisions().get(decisions().size() - 1).faqId());
  }

  @Test
  @DisplayName("'None of these' sends the original question to staff, with the entries offered as candidates")
  void noneOfTheseEscalates() {
    // GIVEN a client offered choices
    ClientConversation dana = conversation(alwaysClarify, "dana");
    List<String> offered = numbered(dana.handle(OPEN_QUESTION).get(0));

    // WHEN they pick the last number, "None of these"
    List<String> said = dana.handle(String.valueOf(offered.size()));

    // THEN their original question waits for staff, no-match, with the offered entries for context
    Escalation stored = store.findOpenForClient("console", "dana").orElseThrow();
    assertEquals(OPEN_QUESTION, stored.question());
    assertEquals(EscalationReason.NO_MATCH, stored.reason());
    List<String> offeredIds = offered.subList(0, offered.size() - 1).stream()
        .map(question -> byQuestion(question).id()).toList();
    assertEquals(offeredIds, stored.candidates().stream().map(CandidateRef::faqId).toList());
    assertTrue(said.get(0).contains("a person will reply"), said.get(0));
  }

  @Test
  @DisplayName("A number that is not among the choices asks again, and the choices still stand")
  void wrongNumberAsksAgain() {
    ClientConversation dana = conversation(alwaysClarify, "dana");
    List<String> offered = numbered(dana.handle(OPEN_QUESTION).get(0));

    List<String> said = dana.handle("9");

    assertEquals(List.of(ReplyText.notAChoice(offered.size())), said);
    FaqEntry first = byQuestion(offered.get(0));
    assertEquals(List.of(first.question() + "\n" + first.answer()), dana.handle("1"));
  }

  @Test
  @DisplayName("A staff answer is shown once, at the client's next prompt, and is then marked delivered")
  void staffAnswerIsShownOnce() {
    // GIVEN a client's question that staff answered
    ClientConversation dana = conversation(engine, "dana");
    dana.handle(BUSINESS_QUESTION);
    long id = store.findOpenForClient("console", "dana").orElseThrow().id();
    store.answer(id, "sam", "A session is $300.");

    // WHEN the console checks before the next prompt, twice
    List<String> first = dana.pendingStaffAnswers();
    List<String> second = dana.pendingStaffAnswers();

    // THEN it is shown the first time only, and stored as delivered
    assertEquals(List.of("Our team replied to your question \"" + BUSINESS_QUESTION + "\": A session is $300."), first);
    assertEquals(List.of(), second);
    assertTrue(store.get(id).answer().orElseThrow().delivered());
  }

  @Test
  @DisplayName("Another client's staff answer is not shown to this one")
  void answersAreShownOnlyToTheirClient() {
    ClientConversation dana = conversation(engine, "dana");
    ClientConversation lee = conversation(engine, "lee");
    lee.handle(BUSINESS_QUESTION);
    store.answer(store.findOpenForClient("console", "lee").orElseThrow().id(), "sam", "It depends.");

    assertEquals(List.of(), dana.pendingStaffAnswers());
    assertEquals(1, lee.pendingStaffAnswers().size());
  }

  @Test
  @DisplayName("An empty line gets no reply and records nothing")
  void emptyLineIsIgnored() {
    ClientConversation dana = conversation(engine, "dana");

    assertEquals(List.of(), dana.handle("   "));
    assertEquals(List.of(), decisions());
  }

  /** The numbered lines of a choices message, in order, without their numbers. */
  private static List<String> numbered(String choices) {
    Matcher line = Pattern.compile("(?m)^\\s+(\\d+)\\. (.+)$").matcher(choices);
    List<String> items = new ArrayList<>();
    while (line.find()) {
      assertEquals(items.size() + 1, Integer.parseInt(line.group(1)), choices);
      items.add(line.group(2));
    }
    return items;
  }

  private static FaqEntry byQuestion(String question) {
    return engine.catalog().entries().stream()
        .filter(e -> e.question().equals(question))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no FAQ entry asks \"" + question + "\""));
  }
}
