package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The validate command")
final class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  @DisplayName("exits 0 on the bundled FAQ")
  void bundled() {
    CommandRun run = CommandRun.of("validate", "faq");
    assertEquals(0, run.exitCode(), run::err);
    assertTrue(run.out().contains("OK, "), run::out);
  }

  @Test
  @DisplayName("exits non-zero and prints every problem as file:line: message, no stack trace")
  void broken() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "entries:\n  - id: pain\n    anwser: x\n  - id: pain\n    question: q\n    answer: a\n");
    CommandRun run = CommandRun.of("validate", dir.toString());
    assertEquals(1, run.exitCode());
    String file = dir.resolve("a.yaml").toString();
    assertTrue(run.err().contains(file + ":2: entry 'pain': missing 'question'"), run::err);
    assertTrue(run.err().contains(file + ":3: unknown field 'anwser' (did you mean 'answer'?)"), run::err);
    assertTrue(run.err().contains(file + ":4: duplicate id 'pain'"), run::err);
    assertTrue(!run.err().contains("Exception"), run::err);
  }

  @Test
  @DisplayName("takes the folder as DIR, as --faq DIR, or from the config's faq.dir; and checks the config too")
  void sameFlagsAsTheOtherCommands() throws Exception {
    Path faq = Files.createDirectories(dir.resolve("faq"));
    Files.writeString(faq.resolve("a.yaml"), "entries:\n  - id: pain\n    question: Does it hurt?\n    answer: A little.\n");
    Path config = Files.writeString(dir.resolve("config.yaml"), "faq:\n  dir: faq\n");
    String ok = faq + ": OK, 1 entries, 0 synonym rules\n";

    assertEquals(ok, CommandRun.of("validate", faq.toString()).out());
    assertEquals(ok, CommandRun.of("validate", "--faq", faq.toString()).out());
    assertEquals(faq.toAbsolutePath() + ": OK, 1 entries, 0 synonym rules\n",
        CommandRun.of("validate", "--config", config.toString()).out());

    Files.writeString(config, "faq:\n  dir: faq\n  bogus: 1\n");
    CommandRun badConfig = CommandRun.of("validate", "--config", config.toString());
    assertEquals(2, badConfig.exitCode());
    assertEquals(config + ":3: faq.bogus: unknown setting (allowed: dir)\n", badConfig.err());
  }
}
