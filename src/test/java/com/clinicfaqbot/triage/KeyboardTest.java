package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The keyboard")
final class KeyboardTest {
  @ParameterizedTest(name = "[{index}] {0} and {1}: {2}")
  @CsvSource({"a, s, true", "s, a, true", "q, a, true", "w, a, true", "e, k, false", "e, a, true", "z, s, true", "z, d, false",
      "m, n, true", "p, l, true", "a, p, false", "c, k, true", "g, g, false"})
  @DisplayName("knows which keys touch and which letters sound alike")
  void near(char a, char b, boolean near) {
    assertEquals(near, Keyboard.near(a, b));
  }
}
