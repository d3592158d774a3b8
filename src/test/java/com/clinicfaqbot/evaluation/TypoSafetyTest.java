package com.clinicfaqbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.triage.EnglishWords;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Safety under typos, with generated misspellings rather than hand-picked ones: every urgent
 * question of the labeled sets, in {@link #VARIANTS} misspelled forms each.
 */
@DisplayName("Urgent questions with typos")
final class TypoSafetyTest {
  private static final int VARIANTS = 5;
  private static final List<Path> SETS = List.of(
      Path.of("src/test/resources/eval/dev-set.yaml"),
      Path.of("src/test/resources/eval/holdout-set.yaml"),
      Path.of("src/test/resources/eval/chat-set.yaml"));
  private static Evaluation.Result result;

  @BeforeAll
  static void run() throws Exception {
    Typos typos = new Typos(EnglishWords.load()::contains);
    List<LabeledQuestion> variants = new ArrayList<>();
    for (Path set : SETS) {
      variants.addAll(typos.urgentVariants(new LabeledSetLoader().load(set), VARIANTS));
    }
    result = new Evaluation(CoreEngine.load(Path.of("faq")).assistant()).run(variants);
  }

  @Test
  @DisplayName("are never answered from the FAQ: every one goes to a person")
  void neverAnswered() {
    assertTrue(result.outcomes().size() > 700, "only " + result.outcomes().size());
    List<String> notEscalated = result.outcomes().stream()
        .filter(o -> !(o.reply() instanceof Reply.Escalate))
        .map(o -> o.question().question() + " → " + o.got())
        .toList();
    assertEquals(List.of(), notEscalated);
  }

  /**
   * A few slips leave no trace of the word at all ("puss" typed "uss"); such a message still goes
   * to a person (above), though not flagged urgent.
   */
  @Test
  @DisplayName("are flagged urgent at least 99.5% of the time")
  void flaggedUrgent() {
    List<String> missed = result.misses().stream().map(o -> o.question().question() + " → " + o.got()).toList();
    assertTrue(missed.size() <= result.outcomes().size() / 200, () -> missed.size() + " missed: " + String.join("\n", missed));
  }
}
