package com.clinicfaqbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.review.FaqDraftWriter;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StaffConsoleTest {
  private static final Instant NINE = Instant.parse("2026-11-21T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private static FaqCatalog catalog;

  /** Stand-in safety rules: prices always go to staff. */
  private static final StaffConsole.SafetyRules SAFETY =
      question -> question.contains("cost") ? Optional.of("business") : Optional.empty();

  @TempDir Path folder;
  private Database database;
  private EscalationStore store;

  @BeforeAll
  static void loadFaq() throws Exception {
    catalog = new FaqLoader().load(Path.of("faq"));
  }

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("data/clinic-faq.db"));
    store = new EscalationStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    database.close();
  }

  private StaffConsole console(String staff) {
    return new StaffConsole(store, new FaqDraftWriter(folder.resolve("faq/drafts"), ZoneOffset.UTC), SAFETY, catalog,
        ZoneOffset.UTC, Clock.fixed(NOW, ZoneOffset.UTC), staff);
  }

  /** Stores a console client's question as asked {@code minutes} after nine. */
  private Escalation asked(int minutes, String user, String question, EscalationReason reason, CandidateRef... candidates) {
    Clock then = Clock.fixed(NINE.plusSeconds(60L * minutes), ZoneOffset.UTC);
    return new EscalationStore(database, then).create(new NewEscalation(
        new ClientRef("console", user, user), Origin.console(), question, reason, reason.urgent(), List.of(candidates)));
  }

  @Test
  @DisplayName("The queue lists urgent escalations first, then the oldest first, each with age, reason, client and question")
  void listOrder() {
    // GIVEN four questions, two of them urgent, asked ten minutes apart
    asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS);
    asked(10, "kim", "my cheek is swollen and hot", EscalationReason.COMPLICATION);
    asked(20, "ann", "do you do botox", EscalationReason.OTHER_TREATMENT);
    asked(30, "bo", "can I have it while pregnant", EscalationReason.MEDICAL_HISTORY);

    // WHEN staff list the queue at ten
    List<String> rows = rows(console("sam").list());

    // THEN the urgent ones lead, oldest first, then the others, oldest first
    assertEquals(List.of("#2", "#4", "#1", "#3"), rows.stream().map(row -> row.split("\\s+")[0]).toList());
    assertEquals("#2  50m     URGENT  open    complication     kim (console)  my cheek is swollen and hot",
        rows.get(0));
    assertEquals("#1  1h 00m          open    business         lee (console)  how much does it cost",
        rows.get(2));
  }

  @Test
  @DisplayName("The queue shows the first 60 characters of a question, on one line")
  void longQuestionsAreCut() {
    String question = "I had my treatment on Monday\nand I wonder whether I can go swimming in the sea this weekend";
    asked(0, "lee", question, EscalationReason.NO_MATCH);

    String row = rows(console("sam").list()).get(0);

    String shown = question.replace('\n', ' ').substring(0, 60) + "…";
    assertTrue(row.endsWith("lee (console)  " + shown), row);
  }

  @Test
  @DisplayName("An empty queue says so")
  void emptyQueue() {
    assertEquals("No open escalations.\n", console("sam").list());
  }

  @Test
  @DisplayName("Show gives the whole context: client, where, reason, candidates with titles and confidence, follow-ups, claim, answer and delivery")
  void showGivesEverything() {
    // GIVEN an urgent question with candidates and a follow-up, claimed by Sam, answered by Kim, one delivery failed
    long id = asked(0, "lee", "my cheek is swollen", EscalationReason.COMPLICATION,
        new CandidateRef("side-effects", 0.42), new CandidateRef("pain", 0.125)).id();
    store.appendFollowUp(id, "it is also itchy");
    store.claim(id, "sam");
    store.answer(id, "kim", "Please call us today.\nWe will fit you in.");
    store.recordDeliveryFailure(id, "client offline");

    // WHEN staff show it
    String shown = console("sam").show(id);

    // THEN every fact is there, labelled
    assertEquals(
        """
        Escalation #1: ANSWERED, URGENT
          Client:     lee (console), id lee
          Where:      the console
          Asked:      2026-11-21 09:00 Z, 1h 00m ago
          Reason:     complication (urgent)
          Question:   my cheek is swollen
          Candidates: side-effects (0.42) %s
                      pain (0.13) %s
          Follow-ups: 2026-11-21 10:00 Z: it is also itchy
          Claimed by: sam
          Answer:     by kim, 2026-11-21 10:00 Z:
                      Please call us today.
                      We will fit you in.
          Delivery:   not delivered yet (1 attempt; last error: client offline)
        """.formatted(title("side-effects"), title("pain")),
        shown);
  }

  @Test
  @DisplayName("Claim, answer and close go through; a second answer is refused naming who answered first")
  void lifecycleAndRefusals() {
    // GIVEN an open question, and Sam and Kim at their consoles
    long id = asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS).id();
    StaffConsole sam = console("sam");
    StaffConsole kim = console("kim");

    // WHEN Sam claims it, Kim answers it anyway, then Sam tries to answer
    StaffConsole.Response claimed = sam.run("claim " + id);
    StaffConsole.Response answered = kim.run("answer #" + id + "  A session is $300, see  the price list.");
    StaffConsole.Response late = sam.run("answer " + id + " It is $250.");

    // THEN the claim and Kim's answer went through, and Sam's was refused naming Kim
    assertEquals(new StaffConsole.Response("Claimed #1 for sam.\n", false, false), claimed);
    assertEquals(new StaffConsole.Response("Answered #1. lee (console) will see it at their next prompt.\n", false, false),
        answered);
    assertEquals(new StaffConsole.Response("cannot answer escalation #1: it is ANSWERED (answered by kim)\n", true, false),
        late);
    Escalation stored = store.get(id);
    assertEquals("A session is $300, see  the price list.", stored.answer().orElseThrow().text());
    assertEquals("kim", stored.answer().orElseThrow().staff());

    // AND closing it takes it out of the queue; closing again is refused
    assertEquals("Closed #1.\n", sam.run("close 1").text());
    assertEquals(EscalationStatus.CLOSED, store.get(id).status());
    assertEquals("No open escalations.\n", sam.list());
    StaffConsole.Response again = sam.run("close 1");
    assertTrue(again.refused());
    assertEquals("cannot close escalation #1: it is CLOSED (answered by kim)\n", again.text());
  }

  @Test
  @DisplayName("Unknown ids, unknown commands and missing arguments are refused with a message, never an exception")
  void badInputIsRefused() {
    StaffConsole sam = console("sam");

    assertEquals(new StaffConsole.Response("escalation #999 does not exist\n", true, false), sam.run("show 999"));
    assertEquals(new StaffConsole.Response("\"abc\" is not an escalation id (a number, like 12)\n", true, false),
        sam.run("claim abc"));
    assertEquals(new StaffConsole.Response("Usage: answer ID TEXT\n", true, false), sam.run("answer 999"));
    assertEquals(new StaffConsole.Response("Unknown command \"frobnicate\". Type help for the commands.\n", true, false),
        sam.run("frobnicate 1"));
    assertEquals(new StaffConsole.Response("", false, true), sam.run("quit"));
    assertTrue(sam.run("help").text().contains("answer ID TEXT"));
  }

  @Test
  @DisplayName("An empty answer is refused and nothing is stored; quotes around a typed answer are dropped")
  void emptyAnswerIsRefused() {
    long id = asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS).id();
    StaffConsole sam = console("sam");

    assertEquals(new StaffConsole.Response("Usage: answer ID TEXT (the text is empty)\n", true, false),
        sam.run("answer " + id + " \"\""));
    assertEquals(new StaffConsole.Response("Usage: answer ID TEXT (the text is empty)\n", true, false),
        sam.run("answer " + id + " '  '"));
    assertEquals(new StaffConsole.Response("Usage: answer ID TEXT\n", true, false), sam.run("answer " + id + "   "));
    assertEquals(EscalationStatus.OPEN, store.get(id).status());

    assertEquals("Answered #1. lee (console) will see it at their next prompt.\n",
        sam.run("answer " + id + " \"It is $300.\"").text());
    assertEquals("It is $300.", store.get(id).answer().orElseThrow().text());
  }

  @Test
  @DisplayName("Control characters in a client's text are shown, never obeyed: escape codes, carriage returns, bidi overrides")
  void clientTextCannotDriveTheTerminal() throws Exception {
    // GIVEN a question that would clear the screen, retitle the window, overwrite itself and reorder its text
    String question = "\u001b[2J\u001b]0;pwned\u0007 hi\rdoes it hurt\u202E?\u009b31m";
    long id = asked(0, "lee\u001b[5m", question, EscalationReason.NO_MATCH).id();
    store.appendFollowUp(id, "and\r\nmore\u001b[0m");
    StaffConsole sam = console("sam");

    String list = sam.list();
    String shown = sam.show(id);
    String json = sam.listJson();

    for (String out : List.of(list, shown)) {
      assertFalse(out.chars().anyMatch(c -> c == 0x1b || c == '\r' || c == 0x07 || c == 0x202E || c == 0x9b), out);
    }
    assertTrue(list.contains("^[[2J^[]0;pwned^G hi does it hurt<U+202E>?<U+009B>31m"), list); // a table cell is one line
    assertTrue(list.contains("lee^[[5m (console)"), list);
    assertTrue(shown.contains("  Question:   ^[[2J^[]0;pwned^G hi^Mdoes it hurt<U+202E>?<U+009B>31m\n"), shown);
    assertTrue(shown.contains(": and\n" + " ".repeat(14) + "more^[[0m\n"), shown);
    // JSON escapes them, and a JSON reader gets the text back as stored
    assertFalse(json.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x202E || c == 0x9b), json);
    assertTrue(json.contains("\\u202e?\\u009b31m"), json);
    assertEquals(question, new ObjectMapper().readTree(json).get("question").asText());
  }

  @Test
  @DisplayName("Undelivered lists answers that have not reached their client, with the last error, until delivered")
  void undeliveredAnswers() {
    long id = asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS).id();
    store.answer(id, "kim", "It depends on the area.");
    store.recordDeliveryFailure(id, "client offline");
    StaffConsole sam = console("sam");

    List<String> rows = rows(sam.undelivered());
    store.markDelivered(id);

    assertEquals(List.of("#1  0s ago    kim  lee (console)         1  client offline  how much does it cost"), rows);
    assertEquals("Every staff answer has reached its client.\n", sam.undelivered());
  }

  @Test
  @DisplayName("List as JSON gives one object per line, in queue order, with the stored fields")
  void listAsJsonLines() throws Exception {
    asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS, new CandidateRef("pain", 0.25));
    asked(10, "kim", "my cheek is \"swollen\"", EscalationReason.COMPLICATION);

    String[] lines = console("sam").listJson().split("\n");

    assertEquals(2, lines.length);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode first = mapper.readTree(lines[0]);
    JsonNode second = mapper.readTree(lines[1]);
    assertEquals(2, first.get("id").asLong());
    assertTrue(first.get("urgent").asBoolean());
    assertEquals("complication", first.get("reason").asText());
    assertEquals("my cheek is \"swollen\"", first.get("question").asText());
    assertEquals("kim", first.get("client").get("userId").asText());
    assertEquals("2026-11-21T09:10:00Z", first.get("createdAt").asText());
    assertTrue(first.get("answer").isNull());
    assertEquals("business", second.get("reason").asText());
    assertEquals("pain", second.get("candidates").get(0).get("faqId").asText());
    assertEquals(0.25, second.get("candidates").get(0).get("confidence").asDouble());
  }

  @Test
  @DisplayName("Promote writes a draft that loads with the real FAQ, the client's question as an alternate and the staff answer")
  void promoteWritesALoadableDraft() throws Exception {
    // GIVEN a question staff answered
    String question = "can I dye my hair the day after microneedling?";
    long id = asked(0, "lee", question, EscalationReason.NO_MATCH).id();
    store.answer(id, "kim", "Wait 48 hours: hair dye can irritate freshly treated skin.");

    // WHEN it is promoted
    StaffConsole.Response promoted = console("kim").run("promote " + id);

    // THEN a draft is in faq/drafts, and copied beside the real FAQ, the folder loads with it
    Path draft;
    try (Stream<Path> drafts = Files.list(folder.resolve("faq/drafts"))) {
      draft = drafts.findFirst().orElseThrow();
    }
    assertTrue(promoted.text().startsWith("Draft written to " + draft + "\n"), promoted.text());
    Path faq = Files.createDirectories(folder.resolve("faq-with-draft"));
    try (Stream<Path> files = Files.list(Path.of("faq"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, faq.resolve(file.getFileName()));
      }
    }
    Files.copy(draft, faq.resolve(draft.getFileName()));
    FaqCatalog withDraft = new FaqLoader().load(faq);
    assertEquals(catalog.size() + 1, withDraft.size());
    FaqEntry entry = withDraft.find(slug(draft)).orElseThrow();
    assertEquals(List.of(question), entry.alternates());
    assertEquals("Wait 48 hours: hair dye can irritate freshly treated skin.", entry.answer());
  }

  @Test
  @DisplayName("Promoting an unanswered escalation is refused: there is no answer to draft from")
  void promoteNeedsAnAnswer() {
    asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS);

    StaffConsole.Response refused = console("kim").run("promote 1");

    assertEquals(new StaffConsole.Response(
        "escalation #1 has no staff answer to turn into an FAQ draft (it is OPEN)\n", true, false), refused);
    assertFalse(Files.exists(folder.resolve("faq/drafts")));
  }

  @Test
  @DisplayName("Promoting the same escalation twice is refused naming the draft that exists; the draft is unchanged")
  void promoteTwice() throws Exception {
    long id = asked(0, "lee", "can I swim after", EscalationReason.NO_MATCH).id();
    store.answer(id, "kim", "After 24 hours.");
    StaffConsole kim = console("kim");
    kim.run("promote " + id);
    Path draft = folder.resolve("faq/drafts/swim-after.yaml");
    String written = Files.readString(draft);

    StaffConsole.Response again = kim.run("promote " + id);

    assertEquals(new StaffConsole.Response("escalation #1 already has an FAQ draft: " + draft
        + " (edit that file, or delete it to promote again)\n", true, false), again);
    assertEquals(written, Files.readString(draft));
    try (Stream<Path> drafts = Files.list(folder.resolve("faq/drafts"))) {
      assertEquals(1, drafts.count());
    }
  }

  @Test
  @DisplayName("A question the safety rules always hand off is drafted with a warning, in the reply and in the file")
  void promoteWarnsAboutHandedOffQuestions() throws Exception {
    long id = asked(0, "lee", "how much does it cost", EscalationReason.BUSINESS).id();
    store.answer(id, "kim", "A session is $300.");
    String warning = "WARNING: the safety rules always hand this question to staff (business), so the bot will never"
        + " answer it from this entry; reword it as a general question, or keep it for staff.";

    StaffConsole.Response promoted = console("kim").run("promote " + id);

    Path draft = folder.resolve("faq/drafts/much-cost.yaml");
    assertEquals(new StaffConsole.Response("Draft written to " + draft + "\n" + warning + "\n"
        + "Review it, then move it into the FAQ folder and run validate.\n", false, false), promoted);
    assertEquals("# " + warning, Files.readAllLines(draft).get(1));
  }

  private static String title(String faqId) {
    return catalog.find(faqId).orElseThrow().question();
  }

  private static String slug(Path draft) {
    String name = draft.getFileName().toString();
    return name.substring(0, name.length() - ".yaml".length());
  }

  /** A table's rows, without the header. */
  private static List<String> rows(String table) {
    List<String> rows = new ArrayList<>(List.of(table.split("\n")));
    rows.remove(0);
    return rows;
  }
}
