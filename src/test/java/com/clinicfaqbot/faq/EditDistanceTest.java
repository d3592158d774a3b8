package com.clinicfaqbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The bounded edit distance")
final class EditDistanceTest {
  @ParameterizedTest(name = "[{index}] {0} → {1} within {2}: {3}")
  @CsvSource({
      "pregnent, pregnant, 2, 1",
      "ab, ba, 2, 1", // a swap is one edit
      "psoraisis, psoriasis, 2, 1",
      "kitten, sitting, 5, 3",
      "kitten, sitting, 2, 3", // past the bound: bound + 1
      "abc, abc, 1, 0",
      "abc, abcdef, 1, 2",
      "'', abc, 3, 3",
  })
  @DisplayName("counts insertions, deletions, replacements and swaps, and stops past its bound")
  void within(String a, String b, int max, int expected) {
    assertEquals(expected, EditDistance.within(a, b, max));
  }
}
