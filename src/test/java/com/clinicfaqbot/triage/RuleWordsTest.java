package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The words of a rule")
final class RuleWordsTest {
  @Test
  @DisplayName("spells out groups, optional parts and look-aheads, and nothing a regex does not spell")
  void spellsOut() {
    assertEquals(Set.of("bleed", "bleeding", "bleeds", "scab", "scabs"), RuleWords.of("\\bbleed(?:ing|s)?|scabs?\\b", 4));
    assertEquals(Set.of("face", "skin", "bright"),
        RuleWords.of("\\A(?=.*\\b(?:face|skin)\\b)(?!.*\\bnever\\b).*\\bbright\\b[^.?!]{0,25}x", 4));
    assertEquals(Set.of("diabet*", "after"), RuleWords.of("\\b(?:diabet\\w*|after \\d+)\\b", 4));
  }

  @Test
  @DisplayName("finds the safety words of the clinic's own rules")
  void clinicRules() {
    Set<String> words = Triage.ruleWords();
    for (String word : new String[] {"pregnant", "bleeding", "swollen", "infected", "eczema", "accutane", "botox", "numb"}) {
      assertTrue(words.contains(word), word);
    }
  }
}
