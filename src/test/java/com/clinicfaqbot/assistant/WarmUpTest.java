package com.clinicfaqbot.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.triage.Triage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The warm-up")
final class WarmUpTest {
  private CoreEngine engine;
  private WarmUp warmUp;

  @BeforeAll
  void load() throws Exception {
    engine = CoreEngine.load(Path.of("faq"));
    warmUp = WarmUp.of(engine.catalog());
  }

  /** What kind of reply: the outcome, and for an escalation its reason. */
  private String kind(String message) {
    Reply reply = engine.assistant().decide(message);
    return reply instanceof Reply.Escalate escalate ? "escalate:" + escalate.reason().code() : reply.outcome().toString();
  }

  @Test
  @DisplayName("takes every kind of reply in its first messages, one message per path")
  void firstMessagesTakeEveryPath() {
    Set<String> kinds = new TreeSet<>();
    for (String message : warmUp.messages().subList(0, warmUp.paths())) {
      kinds.add(kind(message));
    }
    assertTrue(kinds.containsAll(List.of("answer", "smalltalk", "escalate:complication", "escalate:no-match")), kinds.toString());
    assertTrue(warmUp.paths() >= 8, "phrasing, typo, long, clarify, triage (twice), small talk, off-topic");
  }

  @Test
  @DisplayName("over all its messages, answers every entry, asks to choose, and sends a message to every rule")
  void coversTheFaqAndTheRules() {
    Set<String> kinds = new HashSet<>();
    Set<String> answered = new HashSet<>();
    Set<String> rules = new HashSet<>();
    for (String message : warmUp.messages()) {
      Reply reply = engine.assistant().decide(message);
      kinds.add(kind(message));
      if (reply instanceof Reply.Answer answer) {
        answered.add(answer.entry().id());
      }
      engine.assistant().triage(message).ifPresent(verdict -> rules.add(verdict.rule()));
    }
    assertTrue(kinds.contains("clarify"), kinds.toString());
    assertEquals(engine.catalog().size(), answered.size(), "every entry is answered from its own phrasings");
    // One rule (laser-hair-or-tattoo) is reached only after another that catches its words first.
    assertTrue(rules.size() >= 20, rules.toString());
    assertTrue(warmUp.messages().stream().anyMatch(message -> message.length() > 2_000), "a message past the read limit");
  }

  @Test
  @DisplayName("misspells a word of each phrasing")
  void typos() {
    assertEquals("does micronedeling hurt", WarmUp.withTypo("does microneedling hurt"));
    assertEquals("is it ok?", WarmUp.withTypo("is it ok"), "no word long enough: the message still differs");
    assertNotEquals("does microneedling hurt", WarmUp.withTypo("does microneedling hurt"));
  }

  @Test
  @DisplayName("stops at its limit, at its time budget, and where it was asked to start")
  void bounded() {
    assertEquals(5, warmUp.run(engine.assistant(), 0, Duration.ofMinutes(1), 5));
    assertEquals(0, warmUp.run(engine.assistant(), 0, Duration.ZERO, 5));
    int all = warmUp.messages().size();
    assertEquals(all + 3, warmUp.run(engine.assistant(), all - 1, Duration.ofMinutes(1), all + 3), "goes round again");
  }

  @Test
  @DisplayName("has a message for every pattern of the rule table that can be read")
  void triageExamples() {
    List<String> examples = Triage.standardExamples();
    assertTrue(examples.size() >= 25, examples.toString());
    Triage triage = Triage.standard();
    long flagged = examples.stream().filter(example -> triage.check(example).isPresent()).count();
    // Five rules have an exception (unless): its example is what the rule lets through.
    assertTrue(flagged >= examples.size() - 5, "only exceptions (unless) may go unflagged: " + examples);
  }
}
