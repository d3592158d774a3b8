package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("An example text for a regex")
final class RegexExampleTest {
  @ParameterizedTest(name = "{0} → {1}")
  @DisplayName("takes the first alternative, optional parts left out, a space between words")
  @CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
      \\b(?:pus|puss|ooz(?:e|es|ing))\\b                         ; pus
      \\bmy (?:face|skin)\\b[^.?!]{0,25}?\\b(?:is|are)\\b          ; my face is
      \\A(?=.*\\b(?:red|sore)\\b)(?=.*\\bafter\\b).*\\b(?:got|now)\\b ; red after got
      \\$\\s?\\d|\\d ?% off                                        ; $1
      \\bi (?:have|get) (?:really |bad )?acne\\b(?! scar)         ; i have acne
      \\b\\d+ ?(?:days?|weeks?) later\\b                          ; 1day later
      """)
  void reads(String regex, String example) {
    assertEquals(Optional.of(example), RegexExample.of(regex));
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("gives none where the text it reads is not what the regex finds")
  @ValueSource(strings = {"\\bab\\Bc", "a(?<=b)", "\\p{L}x", "(a)\\1b"})
  void none(String regex) {
    assertEquals(Optional.empty(), RegexExample.of(regex));
  }
}
