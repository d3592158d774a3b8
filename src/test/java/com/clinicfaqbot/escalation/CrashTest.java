package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A save that returned survives the process being killed at any moment (SIGKILL). */
final class CrashTest {
  private static final int SAVES_BEFORE_KILL = 300;

  @TempDir Path folder;

  /** One "saved n id" line of the writer's output. */
  private record Saved(int n, long id) {}

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("Every escalation a killed process reported as saved is in the file, whole")
  void savedEscalationsSurviveSigkill() throws Exception {
    // GIVEN a separate JVM storing escalations in a loop, reporting each after its save returned
    Path file = folder.resolve("crash/escalations.db");
    Path errors = folder.resolve("writer-errors.txt");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashWriter.class.getName(), file.toString())
            .redirectError(errors.toFile())
            .start();
    List<Saved> saved = new ArrayList<>();
    try {
      // WHEN it is killed with SIGKILL after a few hundred reported saves, while still writing
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while (saved.size() < SAVES_BEFORE_KILL && (line = out.readLine()) != null) {
          if (line.startsWith(CrashWriter.SAVED)) {
            String[] parts = line.substring(CrashWriter.SAVED.length()).split(" ");
            saved.add(new Saved(Integer.parseInt(parts[0]), Long.parseLong(parts[1])));
          }
        }
        assertTrue(writer.isAlive(), () -> "the writer stopped by itself: " + read(errors));
        writer.destroyForcibly();
        assertTrue(writer.waitFor(10, TimeUnit.SECONDS), "the writer did not die");
      }
    } finally {
      writer.destroyForcibly();
    }
    assertEquals(SAVES_BEFORE_KILL, saved.size(), () -> "writer errors: " + read(errors));

    // THEN reopening the file shows every reported escalation, with every field as written
    try (Database database = Database.open(file)) {
      EscalationStore store = new EscalationStore(database, MutableClock.at("2027-01-01T00:00:00Z"));
      for (Saved s : saved) {
        assertEquals(expected(s), store.find(s.id()).orElse(null), "escalation " + s);
      }
    }
  }

  private static Escalation expected(Saved saved) {
    NewEscalation asked = TestEscalations.full(saved.n());
    List<FollowUp> followUps =
        saved.n() % 2 == 0
            ? List.of(new FollowUp(CrashWriter.followUp(saved.n()), CrashWriter.createdAt(saved.n())))
            : List.of();
    return new Escalation(
        saved.id(), asked.client(), asked.origin(), asked.question(), asked.reason(),
        asked.urgent(), asked.candidates(), CrashWriter.createdAt(saved.n()),
        EscalationStatus.OPEN, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), followUps);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
