package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.StaffAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StaffCommandTest {
  @TempDir Path folder;
  private String config;

  @BeforeEach
  void writeConfig() throws Exception {
    config = CommandRun.config(folder).toString();
  }

  private long ask(String user, String question, EscalationReason reason) {
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      return new EscalationStore(database, Clock.systemUTC()).create(new NewEscalation(
          new ClientRef("console", user, user), Origin.console(), question, reason, reason.urgent(), List.of())).id();
    }
  }

  private <T> T inStore(java.util.function.Function<EscalationStore, T> read) {
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      return read.apply(new EscalationStore(database, Clock.systemUTC()));
    }
  }

  @Test
  @DisplayName("Answering an escalation that does not exist exits 1 with the store's message on stderr, no stack trace")
  void unknownIdIsRefused() {
    // GIVEN an empty database
    // WHEN staff answer escalation 999
    CommandRun run = CommandRun.of("staff", "answer", "999", "x", "--config", config);

    // THEN exit 1, one clear line, nothing on stdout
    assertEquals(1, run.exitCode());
    assertEquals("escalation #999 does not exist\n", run.err().replace("\r\n", "\n"));
    assertEquals("", run.out());
  }

  @Test
  @DisplayName("staff answer records the answer under the --as name, given after the sub-command or before it")
  void answerAsNamedStaff() {
    long first = ask("lee", "how much does it cost", EscalationReason.BUSINESS);
    long second = ask("kim", "do you do botox", EscalationReason.OTHER_TREATMENT);

    CommandRun after = CommandRun.of("staff", "answer", String.valueOf(first), "It is $300.", "--as", "sam", "--config", config);
    CommandRun before = CommandRun.of("staff", "--as", "ana", "--config", config, "answer", String.valueOf(second), "Not", "yet.");

    assertEquals(0, after.exitCode(), after.err());
    assertEquals(0, before.exitCode(), before.err());
    StaffAnswer firstAnswer = inStore(store -> store.get(first).answer().orElseThrow());
    StaffAnswer secondAnswer = inStore(store -> store.get(second).answer().orElseThrow());
    assertEquals(List.of("sam", "It is $300."), List.of(firstAnswer.staff(), firstAnswer.text()));
    assertEquals(List.of("ana", "Not yet."), List.of(secondAnswer.staff(), secondAnswer.text()));
  }

  @Test
  @DisplayName("A second answer exits 1 naming who answered first")
  void secondAnswerIsRefused() {
    long id = ask("lee", "how much does it cost", EscalationReason.BUSINESS);
    CommandRun.of("staff", "answer", String.valueOf(id), "It is $300.", "--as", "sam", "--config", config);

    CommandRun late = CommandRun.of("staff", "answer", String.valueOf(id), "It is $250.", "--as", "kim", "--config", config);

    assertEquals(1, late.exitCode());
    assertEquals("cannot answer escalation #1: it is ANSWERED (answered by sam)\n", late.err().replace("\r\n", "\n"));
    assertEquals("It is $300.", inStore(store -> store.get(id).answer().orElseThrow().text()));
  }

  @Test
  @DisplayName("staff list --json prints one JSON object per line, urgent first")
  void listJson() throws Exception {
    ask("lee", "how much does it cost", EscalationReason.BUSINESS);
    ask("kim", "my cheek is swollen", EscalationReason.COMPLICATION);

    CommandRun run = CommandRun.of("staff", "list", "--json", "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(2, lines.size(), run.out());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(2, mapper.readTree(lines.get(0)).get("id").asLong());
    assertEquals(1, mapper.readTree(lines.get(1)).get("id").asLong());
  }

  @Test
  @DisplayName("staff promote prints the path of the draft it wrote into the FAQ's drafts folder")
  void promotePrintsThePath() throws Exception {
    // GIVEN an FAQ folder of our own (drafts go beside it) and an answered question
    Path faq = Files.createDirectories(folder.resolve("faq"));
    Files.copy(Path.of("faq/comfort.yaml"), faq.resolve("comfort.yaml"));
    config = CommandRun.config(folder).toString();
    Files.writeString(Path.of(config), Files.readString(Path.of(config))
        .replace(Path.of("faq").toAbsolutePath().toString(), faq.toString()));
    long id = ask("lee", "can I dye my hair after", EscalationReason.NO_MATCH);
    CommandRun.of("staff", "answer", String.valueOf(id), "Wait two days.", "--config", config);

    // WHEN staff promote it
    CommandRun run = CommandRun.of("staff", "promote", String.valueOf(id), "--config", config);

    // THEN its path is the one line printed, and the file is there
    assertEquals(0, run.exitCode(), run.err());
    Path draft = Path.of(run.out().strip());
    assertEquals(faq.resolve("drafts"), draft.getParent());
    assertTrue(Files.readString(draft).contains("Wait two days."));
  }

  @Test
  @DisplayName("A bad config file exits 2 listing every problem, one per line")
  void badConfig() throws Exception {
    Path bad = Files.writeString(folder.resolve("bad.yaml"), "thresholds:\n  answer: 2\n  bogus: 1\n");

    CommandRun run = CommandRun.of("staff", "list", "--config", bad.toString());

    assertEquals(2, run.exitCode());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.stream().anyMatch(line -> line.endsWith("thresholds.bogus: unknown setting (allowed: answer, clarify, closeRatio)")), run.err());
    assertTrue(lines.stream().anyMatch(line -> line.contains("thresholds.answer: must be a number from 0 to 1")), run.err());
    assertFalse(Files.exists(folder.resolve("data")), "nothing was opened");
  }

  @Test
  @DisplayName("staff undelivered --json prints one JSON object per undelivered answer, like list --json")
  void undeliveredJson() throws Exception {
    long answered = ask("lee", "how much does it cost", EscalationReason.BUSINESS);
    ask("kim", "do you do botox", EscalationReason.OTHER_TREATMENT);
    CommandRun.of("staff", "answer", String.valueOf(answered), "It is $300.", "--as", "sam", "--config", config);

    CommandRun run = CommandRun.of("staff", "undelivered", "--json", "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(1, lines.size(), run.out());
    JsonNode row = new ObjectMapper().readTree(lines.get(0));
    assertEquals(answered, row.get("id").asLong());
    assertEquals("It is $300.", row.get("answer").get("text").asText());
    assertFalse(row.get("answer").get("delivered").asBoolean());
  }

  @Test
  @DisplayName("staff --faq DIR names candidate entries from that folder and puts drafts beside it")
  void faqFlag() throws Exception {
    Path faq = Files.createDirectories(folder.resolve("other-faq"));
    Files.copy(Path.of("faq/comfort.yaml"), faq.resolve("comfort.yaml"));
    long id = ask("lee", "can I dye my hair after", EscalationReason.NO_MATCH);
    CommandRun.of("staff", "answer", String.valueOf(id), "Wait two days.", "--config", config);

    CommandRun run = CommandRun.of("staff", "promote", String.valueOf(id), "--faq", faq.toString(), "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(faq.resolve("drafts"), Path.of(run.out().strip()).getParent());
  }

  @Test
  @DisplayName("staff promote of a price question warns on stderr (the real safety rules); a second promote exits 1 naming the draft")
  void promoteWarnsAndRefusesTwice() throws Exception {
    Path faq = Files.createDirectories(folder.resolve("faq"));
    try (var files = Files.list(Path.of("faq"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, faq.resolve(file.getFileName()));
      }
    }
    long id = ask("lee", "how much does microneedling cost", EscalationReason.BUSINESS);
    CommandRun.of("staff", "answer", String.valueOf(id), "A session is $300.", "--config", config);

    CommandRun first = CommandRun.of("staff", "promote", String.valueOf(id), "--faq", faq.toString(), "--config", config);
    CommandRun second = CommandRun.of("staff", "promote", String.valueOf(id), "--faq", faq.toString(), "--config", config);

    Path draft = faq.resolve("drafts/much-microneedling-cost.yaml");
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(draft + "\n", first.out());
    assertEquals("WARNING: the safety rules always hand this question to staff (business), so the bot will never"
        + " answer it from this entry; reword it as a general question, or keep it for staff.\n", first.err());
    assertEquals(1, second.exitCode());
    assertEquals("escalation #1 already has an FAQ draft: " + draft
        + " (edit that file, or delete it to promote again)\n", second.err());
    assertEquals("", second.out());
  }

  @Test
  @DisplayName("staff promote still applies the safety rules when the FAQ has problems")
  void promoteWarnsWithABrokenFaq() throws Exception {
    Path faq = Files.createDirectories(folder.resolve("broken-faq"));
    Files.writeString(faq.resolve("a.yaml"), "entries: [\n");
    long id = ask("lee", "my cheek is swollen and hot", EscalationReason.COMPLICATION);
    CommandRun.of("staff", "answer", String.valueOf(id), "Please call us now.", "--config", config);

    CommandRun run = CommandRun.of("staff", "promote", String.valueOf(id), "--faq", faq.toString(), "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    List<String> err = run.err().lines().toList();
    assertEquals(2, err.size(), run.err());
    assertTrue(err.get(0).startsWith("Note: the FAQ in " + faq + " has 1 problem(s)"), run.err());
    assertTrue(err.get(1).startsWith("WARNING: the safety rules always hand this question to staff (complication)"),
        run.err());
  }
}
