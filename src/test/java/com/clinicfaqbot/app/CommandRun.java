package com.clinicfaqbot.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One {@link Main#execute} in this JVM, with stdin given and stdout and stderr captured. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun withInput(String stdin, String... args) {
    InputStream oldIn = System.in;
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exitCode = Main.execute(args);
      return new CommandRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(oldIn);
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static CommandRun of(String... args) {
    return withInput("", args);
  }

  /**
   * Writes {@code config.yaml} into {@code folder}: the repository's FAQ, and the database at
   * {@code data/clinic-faq.db} under {@code folder}; returns the file.
   */
  static Path config(Path folder, String... moreLines) throws IOException {
    StringBuilder yaml = new StringBuilder()
        .append("faq:\n  dir: \"").append(Path.of("faq").toAbsolutePath()).append("\"\n")
        .append("store:\n  path: data/clinic-faq.db\n");
    for (String line : moreLines) {
      yaml.append(line).append('\n');
    }
    return Files.writeString(folder.resolve("config.yaml"), yaml);
  }
}
