package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Normalizing client text")
final class TextNormalizerTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"000A", "000D", "0085", "2028", "2029", "00A0", "2003", "3000", "0009"})
  @DisplayName("turns every kind of space and line break into one plain space")
  void everyBreakIsASpace(String codePoint) {
    String breakChar = Character.toString(Integer.parseInt(codePoint, 16));
    assertEquals("ok it still hurts", TextNormalizer.normalize("OK" + breakChar + breakChar + "it still hurts"));
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0085", "2028", "2029"})
  @DisplayName("a symptom after a Unicode line break still reaches a person")
  void symptomAfterALineBreakIsEscalated(String codePoint) {
    String text = "ok" + Character.toString(Integer.parseInt(codePoint, 16)) + "it still hurts";
    assertTrue(Triage.standard().check(TextNormalizer.normalize(text)).isPresent(), text);
  }

  @Test
  @DisplayName("treats as space exactly the characters Unicode's \\s matches")
  void whiteSpaceIsUnicodes() {
    Pattern unicodeSpace = Pattern.compile("\\s", Pattern.UNICODE_CHARACTER_CLASS);
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(unicodeSpace.matcher(String.valueOf(c)).matches(), TextNormalizer.isWhiteSpace(c), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  @DisplayName("gives what the plain regular-expression version gives, on random text")
  void sameAsRegexVersion() {
    Pattern apostrophes = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
    Pattern spaces = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    String alphabet = "aB é'\u2019\u02BC`\u00B4 \t\n\r\u000B\u000C\u001C\u0085\u00A0\u2003\u2028\u2029\u3000\uFF21\u0301😬.?";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
      String expected = spaces.matcher(apostrophes.matcher(nfkc).replaceAll("'")).replaceAll(" ").strip();
      assertEquals(expected, TextNormalizer.normalize(text.toString()), () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
    }
  }
}
