package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Decision;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.EscalationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ChatCommandTest {
  @TempDir Path folder;

  @Test
  @DisplayName("A conversation on stdin is answered, and an urgent question is stored for staff under the --user name")
  void conversationOnStdin() throws Exception {
    Path config = CommandRun.config(folder, "clinic:", "  urgentLine: \"780-555-0100\"");

    CommandRun run = CommandRun.withInput("will it hurt\n\nmy face is swollen and red 3 days after microneedling\n",
        "chat", "--user", "dana", "--config", config.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("bot> Does microneedling hurt?"), run.out());
    assertTrue(run.out().contains("please call the clinic on 780-555-0100"), run.out());
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      EscalationStore store = new EscalationStore(database, Clock.systemUTC());
      assertTrue(store.findOpenForClient("console", "dana").orElseThrow().urgent());
    }
  }

  @Test
  @DisplayName("A database that cannot be opened exits 2 with one line naming the file, no stack trace")
  void unusableDatabase() throws Exception {
    // GIVEN a store path that holds a text file, not a database
    Path config = CommandRun.config(folder);
    Files.createDirectories(folder.resolve("data"));
    Files.writeString(folder.resolve("data/clinic-faq.db"), "these are my notes, not a database\n".repeat(200));

    CommandRun run = CommandRun.withInput("will it hurt\n", "chat", "--config", config.toString());

    assertEquals(2, run.exitCode());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("cannot open escalation database " + folder.resolve("data/clinic-faq.db")),
        run.err());
    assertFalse(run.out().contains("bot>"), run.out());
  }

  @Test
  @DisplayName("A broken FAQ exits 1 listing every problem, file and line")
  void brokenFaq() throws Exception {
    Path faq = Files.createDirectories(folder.resolve("faq"));
    Files.writeString(faq.resolve("a.yaml"), "entries:\n  - id: Bad Id\n    question: q\n    answer: a\n");
    Files.writeString(faq.resolve("b.yaml"), "entries:\n  - id: no-answer\n    question: q\n");

    CommandRun run = CommandRun.of("chat", "--faq", faq.toString(), "--config", CommandRun.config(folder).toString());

    assertEquals(1, run.exitCode());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(faq.resolve("a.yaml") + ":2: "), run.err());
    assertTrue(lines.get(1).startsWith(faq.resolve("b.yaml") + ":2: "), run.err());
  }

  @Test
  @DisplayName("A line longer than limits.maxQuestionChars gets the polite refusal and nothing is stored, as on Discord")
  void longLineIsRefused() throws Exception {
    Path config = CommandRun.config(folder, "limits:", "  maxQuestionChars: 200");
    String flood = "my face is swollen and red, ".repeat(4_000); // 112,000 characters, and urgent words

    CommandRun run = CommandRun.withInput(flood + "\ndoes it hurt\n", "chat", "--user", "dana",
        "--config", config.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("bot> That's a long message! Please ask in under 200 characters, one question at a"
        + " time."), run.out());
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      EscalationStore store = new EscalationStore(database, Clock.systemUTC());
      assertTrue(store.findOpenForClient("console", "dana").isEmpty(), "the long line was escalated");
      // the next question was taken: one decision logged, none for the long line
      List<Decision> decisions =
          new DecisionLog(database, Clock.systemUTC()).decisionsBetween(Instant.EPOCH, Instant.now().plusSeconds(60));
      assertEquals(1, decisions.size(), decisions::toString);
    }
  }
}
