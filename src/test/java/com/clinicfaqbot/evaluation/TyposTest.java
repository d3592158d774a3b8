package com.clinicfaqbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.triage.EnglishWords;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The typo generator")
final class TyposTest {
  private final EnglishWords english = EnglishWords.load();
  private final Typos typos = new Typos(english::contains);

  @Test
  @DisplayName("misspells one to three long real words, into no real word, the same way every time")
  void misspells() {
    String text = "my face is still bright red and swollen five days later";
    Set<String> seen = new java.util.HashSet<>();
    for (int n = 0; n < 50; n++) {
      String variant = typos.variant(text, n);
      assertEquals(variant, typos.variant(text, n), "deterministic");
      assertNotEquals(text, variant);
      String[] before = text.split(" ");
      String[] after = variant.split(" ");
      assertEquals(before.length, after.length, variant);
      int changed = 0;
      for (int i = 0; i < before.length; i++) {
        if (!before[i].equals(after[i])) {
          changed++;
          assertTrue(before[i].length() >= Typos.MIN_LENGTH, "a short word was changed: " + variant);
          assertFalse(english.contains(after[i]), "became a real word: " + after[i]);
        }
      }
      assertTrue(changed >= 1 && changed <= 3, variant);
      seen.add(variant);
    }
    assertTrue(seen.size() > 40, "variants should differ: " + seen.size());
  }

  @Test
  @DisplayName("leaves a message with no long real word as it is")
  void nothingToMisspell() {
    assertEquals("is it ok", typos.variant("is it ok", 3));
    assertEquals("pregnent?", typos.variant("pregnent?", 3));
  }
}
