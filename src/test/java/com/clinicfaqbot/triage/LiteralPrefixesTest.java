package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Literal prefixes of a regex's matches")
final class LiteralPrefixesTest {

  /** Characters the regexes below use, a word character that is none of them, and other scripts. */
  private static final String[] PIECES = {"a", "b", "c", "i", "m", "'", " ", "1", "$", "x", "y", "z", "Y", "é"};

  @ParameterizedTest(name = "{0} → {2}")
  @DisplayName("reads the words a match begins with, up to the length asked")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      \\b(?:pus|puss|ooze)\\b          ; 3 ; ooz,pus
      \\bmy (?:face|skin|cheeks?)\\b   ; 4 ; my c,my f,my s
      \\bmy (?:face|skin|cheeks?)\\b   ; 3 ; "my "
      \\b(?:i'?m|i am)\\b              ; 3 ; i a,i'm,im
      (?:a|)b                          ; 3 ; ab,b
      \\$\\s?\\d|\\bpercent off        ; 3 ; $,per
      a(?:b|c)?c                       ; 3 ; abc,ac
      ab\\dc                           ; 3 ; ab
      x(?:ab)+                         ; 3 ; x
      a.b                              ; 3 ; a
      """)
  void reads(String regex, int maxLength, String prefixes) {
    assertEquals(List.of(prefixes.split(",")), LiteralPrefixes.of(regex, maxLength).prefixes());
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("lets every position through when a match's start is not plain to read")
  @ValueSource(strings = {"[ab]c", "\\wb", "(?:ab)*c", "x*y", "(?=a)ab", "(ab)", "(?i)ab", "(?:x(?i)|y)z", "\\b"})
  void readsNothing(String regex) {
    assertEquals(List.of(), LiteralPrefixes.of(regex, 3).prefixes());
    assertTrue(LiteralPrefixes.of(regex, 3).canBeginAt("zzz", 1));
  }

  @Test
  @DisplayName("stops reading rather than keep more than 64 prefixes")
  void fewPrefixes() {
    String nine = "(?:a|b|c|d|e|f|g|h|i)";
    assertEquals(9, LiteralPrefixes.of(nine + nine + "x", 4).prefixes().size());
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("never turns away a position where the regex matches, and turns some away")
  @ValueSource(strings = {
      "\\b(?:ab|abc|b)\\b",
      "\\bi'?m\\b|\\bi am",
      "(?:a|)b",
      "(?:a\\d|b)c",
      "(?:a1|b)c",
      "\\$\\s?\\d|\\bab c",
      "\\$ ?1|1 ?\\$",
      "a(?:b|c)?c",
      "a??b|c?+a",
      "x(?:ab)+|y*z",
      "a.b",
      "(?:a(?:b|c)|ca)(?:i|m)",
      "ab\\b'm",
      "(?:x(?i)|y)z",
      "(?:a|b|c|i|m|x|y|z|1)(?:a|b|c|i|m|x|y|z|1)(?:a|b)",
  })
  void sound(String regex) {
    Matcher matcher = Pattern.compile(regex).matcher("");
    LiteralPrefixes prefixes = LiteralPrefixes.of(regex, 3);
    int matched = 0;
    int turnedAway = 0;
    for (String text : PieceTexts.upTo(PIECES, 4)) {
      // As RuleSearch runs it: the match begins at start, \b and look-arounds see the whole text.
      matcher.reset(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int start = 0; start < text.length(); start++) {
        boolean matches = matcher.region(start, text.length()).lookingAt();
        boolean canBegin = prefixes.canBeginAt(text, start);
        if (matches && !canBegin) {
          throw new AssertionError("turned away \"" + text + "\" at " + start + " by " + prefixes.prefixes());
        }
        matched += matches ? 1 : 0;
        turnedAway += canBegin ? 0 : 1;
      }
    }
    assertTrue(matched > 0, "no text matched");
    assertTrue(turnedAway > 0 || prefixes.prefixes().isEmpty(), "read prefixes but turned nothing away");
  }
}
