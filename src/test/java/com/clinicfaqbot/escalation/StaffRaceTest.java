package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** Two staff members answering the same escalation at the same moment, from two consoles. */
final class StaffRaceTest {
  @TempDir Path folder;

  @RepeatedTest(5)
  @DisplayName("When two staff answer at once, exactly one answer is kept and the other is refused naming who answered")
  void firstAnswerWins() throws Exception {
    // GIVEN one open escalation and two staff consoles, each with its own connection to the file
    Path file = folder.resolve("escalations.db");
    MutableClock clock = MutableClock.at("2026-11-21T09:00:00Z");
    List<String> staff = List.of("Dana", "Sam");
    List<Database> consoles = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < staff.size(); i++) {
        consoles.add(Database.open(file));
      }
      long id = new EscalationStore(consoles.get(0), clock)
          .create(TestEscalations.question("c1", "Is it safe while pregnant?")).id();

      // WHEN both answer as soon as a shared gate opens
      CountDownLatch gate = new CountDownLatch(1);
      List<Future<Escalation>> answers = new ArrayList<>();
      for (int i = 0; i < staff.size(); i++) {
        EscalationStore store = new EscalationStore(consoles.get(i), clock);
        String name = staff.get(i);
        answers.add(threads.submit(() -> {
          gate.await();
          return store.answer(id, name, "Answer from " + name);
        }));
      }
      gate.countDown();

      // THEN one succeeded, the other was refused naming the winner, and the stored answer is the winner's
      List<String> winners = new ArrayList<>();
      List<IllegalTransitionException> refusals = new ArrayList<>();
      for (Future<Escalation> answer : answers) {
        try {
          winners.add(answer.get(20, TimeUnit.SECONDS).answer().orElseThrow().staff());
        } catch (ExecutionException e) {
          refusals.add(assertInstanceOf(IllegalTransitionException.class, e.getCause()));
        }
      }
      assertEquals(1, winners.size(), "winners: " + winners);
      assertEquals(1, refusals.size(), "refusals: " + refusals);
      String winner = winners.get(0);
      assertEquals(
          "cannot answer escalation #" + id + ": it is ANSWERED (answered by " + winner + ")",
          refusals.get(0).getMessage());
      Escalation stored = new EscalationStore(consoles.get(1), clock).get(id);
      assertEquals("Answer from " + winner, stored.answer().orElseThrow().text());
    } finally {
      threads.shutdownNow();
      consoles.forEach(Database::close);
    }
  }
}
