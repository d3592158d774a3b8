package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Factoring the triage patterns")
final class TriageRulesFactoringTest {

  @Test
  @DisplayName("rewrites word lists by first letter")
  void factors() {
    assertEquals("\\b(?:p(?:us|uss|ain)|r(?:ed|ash)|(?:a|b))\\b",
        Alternation.factor("\\b(?:pus|puss|red|pain|rash|(?:a|b))\\b"));
    assertEquals("(?:a|b|c)", Alternation.factor("(?:a|b|c)"), "small groups stay as written");
    assertEquals("(?:s(?:un|ore)|s?x|[abc]x|\\dy)", Alternation.factor("(?:s?x|sun|sore|[abc]x|\\dy)"));
  }

  @Test
  @DisplayName("changes no verdict: every rule matches exactly what its pattern as written matches")
  void sameVerdicts() throws Exception {
    List<TriageRule> factored = TriageRules.table(Alternation::factor);
    List<TriageRule> written = TriageRules.table(UnaryOperator.identity());
    assertNotEquals(written.get(0).pattern().pattern(), factored.get(0).pattern().pattern(), "nothing was factored");
    List<String> texts = new ArrayList<>();
    for (String set : List.of("dev-set", "holdout-set")) {
      for (LabeledQuestion q : new LabeledSetLoader().load(Path.of("src/test/resources/eval/" + set + ".yaml"))) {
        texts.add(TextNormalizer.normalize(q.question()));
      }
    }
    Random random = new Random(7);
    String[] words = texts.stream().flatMap(t -> List.of(t.split(" ")).stream()).distinct().toArray(String[]::new);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(12); w >= 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      texts.add(text.toString().strip());
    }
    int matches = 0;
    for (String text : texts) {
      for (int r = 0; r < written.size(); r++) {
        boolean expected = written.get(r).matches(text);
        assertEquals(expected, factored.get(r).matches(text), () -> "rule differs on: " + text);
        matches += expected ? 1 : 0;
      }
    }
    assertTrue(matches > 300, "the texts should exercise the rules, matched " + matches);
  }
}
