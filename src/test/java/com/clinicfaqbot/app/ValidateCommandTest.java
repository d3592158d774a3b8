package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The validate command")
final class ValidateCommandTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private PrintStream originalOut;

  @BeforeEach
  void capture() {
    originalErr = System.err;
    originalOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    System.setOut(originalOut);
  }

  @Test
  @DisplayName("exits 0 on the bundled FAQ")
  void bundled() {
    assertEquals(0, Main.execute("validate", "faq"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("OK, "));
  }

  @Test
  @DisplayName("exits non-zero and prints every problem as file:line: message")
  void broken() throws Exception {
    Files.writeString(dir.resolve("a.yaml"), "entries:\n  - id: pain\n    anwser: x\n  - id: pain\n    question: q\n    answer: a\n");
    assertEquals(1, Main.execute("validate", dir.toString()));
    String text = err.toString(StandardCharsets.UTF_8);
    String file = dir.resolve("a.yaml").toString();
    assertTrue(text.contains(file + ":2: entry 'pain': missing 'question'"), text);
    assertTrue(text.contains(file + ":3: unknown field 'anwser' (did you mean 'answer'?)"), text);
    assertTrue(text.contains(file + ":4: duplicate id 'pain'"), text);
    assertTrue(!text.contains("Exception"), text);
  }
}
