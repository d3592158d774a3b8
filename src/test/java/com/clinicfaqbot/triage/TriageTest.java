package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Triage")
final class TriageTest {
  private final Triage triage = Triage.standard();

  private Optional<TriageVerdict> check(String text) {
    return triage.check(TextNormalizer.normalize(text));
  }

  @DisplayName("sends these to staff for this reason, even when they share words with an FAQ entry")
  @ParameterizedTest(name = "[{index}] {1} ← \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      my face is still bright red and swollen 5 days later, is that normal? | COMPLICATION
      I wore foundation the next day and now I have a rash                 | COMPLICATION
      went in the sun after my treatment and now my skin is blistering     | COMPLICATION
      the numbing cream made my lips swell up                              | COMPLICATION
      it still hurts a lot, 4 days after my session                        | COMPLICATION
      there's pus coming out of a spot on my chin                          | COMPLICATION
      I've had a fever since yesterday's microneedling                     | COMPLICATION
      the redness is spreading to my neck                                  | COMPLICATION
      I'm so swollen I can barely open my eyes                             | COMPLICATION
      MY FACE IS BURNING                                                   | COMPLICATION
      my skin’s peeling and really itchy, is this normal                   | COMPLICATION
      tiny bumps popped up after my treatment                              | COMPLICATION
      I'm pregnant, does microneedling hurt more?                          | MEDICAL_HISTORY
      can I get it done while breastfeeding                                | MEDICAL_HISTORY
      I'm on Accutane, can I still book?                                   | MEDICAL_HISTORY
      i take blood thinners, will i bleed                                  | MEDICAL_HISTORY
      can I wear makeup after if I have rosacea                            | MEDICAL_HISTORY
      I get cold sores a lot                                               | MEDICAL_HISTORY
      I'm allergic to lidocaine, can I skip the numbing cream?             | MEDICAL_HISTORY
      I got sunburnt at the lake on the weekend                            | MEDICAL_HISTORY
      I have a bad breakout right now, can I still come in?                | MEDICAL_HISTORY
      I'm diabetic, will I heal ok                                         | MEDICAL_HISTORY
      does laser hair removal hurt?                                        | OTHER_TREATMENT
      how long is the downtime after a chemical peel                       | OTHER_TREATMENT
      can I wear makeup after botox                                        | OTHER_TREATMENT
      do fillers need numbing cream                                        | OTHER_TREATMENT
      is prp microneedling better                                          | OTHER_TREATMENT
      is co2 laser safe                                                    | OTHER_TREATMENT
      can I talk to someone?                                               | HUMAN_REQUESTED
      I want a real person please                                          | HUMAN_REQUESTED
      can someone call me                                                  | HUMAN_REQUESTED
      how much does microneedling cost                                     | BUSINESS
      how do I book                                                        | BUSINESS
      do you have anything saturday                                        | BUSINESS
      I need to cancel my appointment                                      | BUSINESS
      where are you located                                                | BUSINESS
      do you take credit card                                              | BUSINESS
      do you sell gift cards                                               | BUSINESS
      how long does the appointment take                                   | BUSINESS
      how long do the results last                                         | NO_MATCH
      """)
  void escalates(String text, EscalationReason reason) {
    Optional<TriageVerdict> verdict = check(text);
    assertTrue(verdict.isPresent(), () -> "not triaged: " + text);
    assertEquals(reason, verdict.get().reason(), () -> "rule " + verdict.get().rule() + " for: " + text);
  }

  @DisplayName("lets ordinary FAQ questions through to search, even with symptom words")
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "will it hurt?",
      "im so scared of needles, is it super painful 😬",
      "how long will i be red after",
      "will my face feel tight afterwards",
      "is a bit of swelling normal after this kind of treatment",
      "does it feel like a sunburn after",
      "when can i wear makeup again",
      "can i put concealer on the next day",
      "does it help with acne scars",
      "i have pockmarks from teenage acne, will this help",
      "tummy stripes from my pregnancy 3 years ago, can you treat those",
      "do i need to book time off work for this",
      "i have a wedding on saturday, will my face be back to normal by then",
      "how is microneedling different from laser",
      "fractional laser or microneedling for wrinkles?",
      "does it do anything for dark spots",
      "how many days till i'm not blotchy anymore",
      "can i use a tanning bed a week after",
      "is it good for orange peel skin on my legs",
      "how many sessions do i need",
      "how much does it hurt",
  })
  void passes(String text) {
    Optional<TriageVerdict> verdict = check(text);
    assertTrue(verdict.isEmpty(), () -> "wrongly triaged by " + verdict.get().rule() + ": " + text);
  }
}
