package com.clinicfaqbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/com/clinicfaqbot");

  @Test
  @DisplayName("Only the discord and app packages import the Discord library: the core stays testable without it")
  void onlyDiscordAndAppImportJda() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> {
            String top = MAIN.relativize(file).getName(0).toString();
            return !top.equals("discord") && !top.equals("app");
          })
          .filter(ArchitectureTest::importsJda)
          .toList();
    }
    assertTrue(Files.isDirectory(MAIN.resolve("console")), "run from the project folder");
    assertEquals(List.of(), offenders);
  }

  private static boolean importsJda(Path file) {
    try {
      return Files.readString(file).contains("import net.dv8tion");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
