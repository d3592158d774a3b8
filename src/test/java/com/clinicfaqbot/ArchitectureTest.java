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

@DisplayName("The architecture")
final class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/com/clinicfaqbot");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  @DisplayName("keeps the chat library out of the core: only discord/ and app/ import JDA")
  void coreIsPlatformFree() throws IOException {
    List<Path> sources = sources();
    assertTrue(sources.size() > 20, "expected the main sources under " + MAIN);
    List<String> offenders = sources.stream()
        .filter(p -> !p.startsWith(MAIN.resolve("discord")) && !p.startsWith(MAIN.resolve("app")))
        .filter(p -> read(p).contains("import net.dv8tion"))
        .map(Path::toString)
        .toList();
    assertEquals(List.of(), offenders);
  }

  @Test
  @DisplayName("gives every package a package-info.java")
  void packageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      List<String> missing = dirs.filter(Files::isDirectory)
          .filter(d -> hasJava(d))
          .filter(d -> !Files.exists(d.resolve("package-info.java")))
          .map(Path::toString)
          .toList();
      assertEquals(List.of(), missing);
    }
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
