package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
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
}
