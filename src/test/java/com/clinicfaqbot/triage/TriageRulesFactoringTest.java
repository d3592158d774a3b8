package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Factoring and searching the triage patterns")
final class TriageRulesFactoringTest {

  /** Words and glue that sit next to letters: other scripts, a combining accent, digits, line breaks. */
  private static final String[] GLUE = {
      " ", " ", " ", "", "_", "é", "\u0301", "7", "A", "'", ".", "?", "$", "%", "-", "\n", "\u2028", "\u0085",
      "😬", "\uD83D", ", ", "!"};

  @Test
  @DisplayName("rewrites word lists by first letter")
  void factors() {
    assertEquals("\\b(?:p(?:us|uss|ain)|r(?:ed|ash)|(?:a|b))\\b",
        Alternation.factor("\\b(?:pus|puss|red|pain|rash|(?:a|b))\\b"));
    assertEquals("(?:a|b|c)", Alternation.factor("(?:a|b|c)"), "small groups stay as written");
    assertEquals("(?:s(?:un|ore)|s?x|[abc]x|\\dy)", Alternation.factor("(?:s?x|sun|sore|[abc]x|\\dy)"));
  }

  @Test
  @DisplayName("searches every rule at word starts, not with find() everywhere")
  void searchesEveryRule() {
    for (String regex : tableRegexes()) {
      assertTrue(RuleSearch.searchesAtStarts(Alternation.factor(regex)), () -> "left to find() (slower): " + regex);
    }
  }

  @Test
  @DisplayName("changes no verdict: every rule matches exactly what its pattern as written matches")
  void sameVerdicts() throws Exception {
    List<TriageRule> written = TriageRules.table(TriageRules.AS_WRITTEN);
    Map<String, List<TriageRule>> faster = Map.of(
        "factored", TriageRules.table(regex -> Pattern.compile(Alternation.factor(regex)).asPredicate()),
        "searched", TriageRules.table(RuleSearch::of),
        "in use", TriageRules.ALL);
    String alarm = tableRegexes().get(0);
    assertNotEquals(alarm, Alternation.factor(alarm), "nothing was factored");

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
    // Not what normalize() gives, but the searches must agree on any text: words glued to letters,
    // digits, accents and line breaks, where \b, the first-line limit and the word-start check decide.
    for (int i = 0; i < 6_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(14); w >= 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(GLUE[random.nextInt(GLUE.length)]);
      }
      texts.add(random.nextInt(10) == 0 ? text.toString().toUpperCase(java.util.Locale.ROOT) : text.toString());
    }

    int matches = 0;
    for (String text : texts) {
      for (int r = 0; r < written.size(); r++) {
        TriageRule asWritten = written.get(r);
        boolean expected = asWritten.pattern().test(text);
        Boolean expectedUnless = asWritten.unless() == null ? null : asWritten.unless().test(text);
        for (Map.Entry<String, List<TriageRule>> form : faster.entrySet()) {
          TriageRule rule = form.getValue().get(r);
          assertEquals(expected, rule.pattern().test(text), () -> form.getKey() + " " + rule.name() + " differs on: " + text);
          assertEquals(expectedUnless, rule.unless() == null ? null : rule.unless().test(text),
              () -> form.getKey() + " " + rule.name() + " (unless) differs on: " + text);
        }
        matches += expected ? 1 : 0;
      }
    }
    assertTrue(matches > 600, "the texts should exercise the rules, matched " + matches);
  }

  /** Every pattern and {@code unless} of the table, as written. */
  private static List<String> tableRegexes() {
    List<String> regexes = new ArrayList<>();
    TriageRules.table(regex -> {
      regexes.add(regex);
      return TriageRules.AS_WRITTEN.apply(regex);
    });
    return regexes;
  }
}
