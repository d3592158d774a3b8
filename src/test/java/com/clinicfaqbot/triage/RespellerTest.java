package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The respeller")
final class RespellerTest {
  private static final Set<String> RULE_WORDS =
      Set.of("pregnant", "bleeding", "swollen", "rash", "crust", "laser", "later", "afterpay", "lumps", "lupus", "baby",
          "diabet*", "sore", "sores", "infected", "from");
  private static final Set<String> ENGLISH = Set.of("rush", "trust", "bus", "the", "is", "my", "face", "leading");
  private final Respeller respeller =
      new Respeller(RULE_WORDS, List.of("aftercare", "leading", "firm"), EnglishWords.of(ENGLISH));

  @DisplayName("reads a non-word as the rule word it is one slip away from")
  @ParameterizedTest(name = "[{index}] {0} → {1}")
  @CsvSource({
      "pregnent, pregnant", // a letter replaced
      "bleding, bleeding", // left out
      "swolen, swollen",
      "rashh, rash", // doubled
      "infectd, infected",
      "lazer, laser", // a sound-alike beats "later"
      "latr, later", // a letter left out beats "late"-like replacements
      "upus, lupus", // the first letter left out
      "aore, sore", // the first letter's neighbour key
      "osres, sores", // the first two swapped
      "bab, baby", // three letters: only with one left out
      "dabetic, diabetic", // a prefix the rules let run on
      "bleading, bleeding", // a tie with an FAQ word goes to the rule word
  })
  void reads(String typed, String meant) {
    assertEquals(Optional.of(meant), respeller.reading(typed));
  }

  @DisplayName("never turns a real word, an FAQ word's typo or a far-off word into a rule word")
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"rush", "trust", "leading", "aftercar", "nore", "brusiedd", "prgnnt", "bsu", "firm"})
  void leaves(String typed) {
    assertEquals(Optional.empty(), respeller.reading(typed));
  }

  @Test
  @DisplayName("rewrites only the misspelled words of a message, and returns the same string when there are none")
  void respells() {
    assertEquals("my face is bleeding, 3x swolen2 can't", respeller.respell("my face is bleding, 3x swolen2 can't"));
    String clean = "my face is leading the rush";
    assertSame(clean, respeller.respell(clean));
  }
}
