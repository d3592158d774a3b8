package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Searching a regex at word starts")
final class RuleSearchTest {

  /** Pieces of text: letters, a word character that is no letter, an accent, other scripts, line breaks. */
  private static final String[] PIECES = {"a", "b", "c", " ", "_", "1", "é", "\u0301", "\n"};
  private static final String[] MORE_PIECES = {"d", "x", "$", "%", "A", "😬", "\u2028", "off", "ab", "cd", " "};

  @Test
  @DisplayName("reads which characters a match can begin with")
  void firstChars() {
    assertEquals(chars("pa0123456789"), sorted(RuleSearch.firstChars("\\b(?:pus|(?:a|an) reaction|\\d+ days)")));
    assertEquals(chars("$p"), sorted(RuleSearch.firstChars("\\$\\s?\\d|\\bpercent off")));
    for (String unclear : List.of("(?:s?x|sun)", "[ab]c", "\\wb", "(?:a|)b", "\\bx*", "(?:ab)?c", "\\b", "(?=a)ab", "(ab)")) {
      assertNull(RuleSearch.firstChars(unclear), unclear);
    }
  }

  @Test
  @DisplayName("leaves to find() what it cannot read")
  void fallsBack() {
    assertTrue(RuleSearch.searchesAtStarts("\\b(?:ab|cd)\\b"));
    assertTrue(RuleSearch.searchesAtStarts("\\A(?=.*\\ba\\b)(?=.*\\bb).*\\bc\\b"));
    for (String unclear : List.of("[ab]c", "\\A(?=.*a|b).*c", "\\A(?=.*+a).*b", "\\A(?=.*a)", "\\A(?=.*a).*b|c", "\\Gab")) {
      assertFalse(RuleSearch.searchesAtStarts(unclear), unclear);
    }
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("finds exactly what find() finds")
  @ValueSource(strings = {
      "\\b(?:ab|cd)\\b",
      "\\bab|cd",
      "\\bab|\\bcd",
      "(?:\\bab|c)\\b",
      "\\b(?:ab|cd)+a",
      "(?:ab|ba)+c",
      "\\b(?:a(?:|b)|b)c",
      "\\b(?:(?:ab|c) a|c(?:a|b))\\b",
      "\\b(?:a|b)(?!c)",
      "\\b(?:a|b)(?<= b)",
      "\\d+ ?a",
      "\\b\\d",
      "\\$\\s?\\d|\\d\\s?\\$|\\d ?% off",
      "(?:\\b(?:ab|b)\\b|\\$\\d|\\d ?%|ba)",
      "\\bab\\b[^.?!]{0,3}?\\bc",
      "\\b(?:a|b)(?<=\\A.)",
      "\\A(?=.*\\ba\\b)(?=.*\\bb).*\\bc\\b",
      "\\A(?=.*\\b(?:ab|c)).*(?:b|\\bcd)",
      "\\A(?=.*?\\ba).*b",
      "\\A(?=.*a|b).*c",
      "[ab]c",
  })
  void sameAsFind(String regex) {
    Predicate<String> find = Pattern.compile(regex).asPredicate();
    Predicate<String> search = RuleSearch.of(regex);
    int found = 0;
    for (String text : texts()) {
      boolean expected = find.test(text);
      assertEquals(expected, search.test(text), () -> "differs on \"" + text.replace("\n", "\\n") + "\"");
      found += expected ? 1 : 0;
    }
    assertTrue(found > 0, "no text matched");
  }

  /** Every text of up to five pieces, then longer random ones. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(""));
    texts.addAll(PieceTexts.upTo(PIECES, 5));
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = random.nextInt(16); p >= 0; p--) {
        text.append(random.nextBoolean() ? PIECES[random.nextInt(PIECES.length)] : MORE_PIECES[random.nextInt(MORE_PIECES.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static Set<Character> chars(String chars) {
    Set<Character> set = new TreeSet<>();
    chars.chars().forEach(c -> set.add((char) c));
    return set;
  }

  private static Set<Character> sorted(Set<Character> chars) {
    return chars == null ? null : new TreeSet<>(chars);
  }
}
