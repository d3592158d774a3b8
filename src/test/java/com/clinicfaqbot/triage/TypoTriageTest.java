package com.clinicfaqbot.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.faq.FaqLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Triage, on the way clients really type")
final class TypoTriageTest {
  private static Triage triage;

  @BeforeAll
  static void load() throws Exception {
    triage = Triage.standard(EnglishWords.load(), new FaqLoader().load(Path.of("faq")));
  }

  private static Optional<EscalationReason> reason(String text) {
    return triage.check(TextNormalizer.normalize(text)).map(TriageVerdict::reason);
  }

  @DisplayName("catches a complication or a medical situation however it is spelled or put")
  @ParameterizedTest(name = "[{index}] {1} ← \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      im pregnent                                                       | MEDICAL_HISTORY
      im pregnent can i still do it                                     | MEDICAL_HISTORY
      breastfeding, is microneedling ok?                                | MEDICAL_HISTORY
      i have ecxema on my cheeks                                        | MEDICAL_HISTORY
      type 2 dabetic, will i heal ok                                    | MEDICAL_HISTORY
      i finished acutane 2 months ago, can i book now                   | MEDICAL_HISTORY
      we're trying for a bab, is that an issue                          | MEDICAL_HISTORY
      my acne is flaring pretty bad, should i still come in thursday    | MEDICAL_HISTORY
      my face is bleading after microneedling                           | COMPLICATION
      my face is swolen after microneedling                             | COMPLICATION
      my skin is bleding                                                | COMPLICATION
      blood on my face                                                  | COMPLICATION
      its really burning                                                | COMPLICATION
      my face burns                                                     | COMPLICATION
      i think its infectd                                               | COMPLICATION
      the spots where the needles went are warm and weeping             | COMPLICATION
      day 4 and my cheeks are crusting over                             | COMPLICATION
      still red 6 days later                                            | COMPLICATION
      the area around my nose is still numb 2 days later                | COMPLICATION
      theres a hard painful lump under the skin where u did my cheek    | COMPLICATION
      used my retinol the next day by mistake and now its bright red    | COMPLICATION
      throat feels tight and my face is puffing up after the numbing    | COMPLICATION
      my skin went really dark in patches after my session last month   | COMPLICATION
      theres a weird smell from my cheek and its kinda yellowish        | COMPLICATION
      i look bruized on my cheekbone from the treatment                 | COMPLICATION
      the little dots on my cheaks are leaking and feel warm            | COMPLICATION
      running a feaver since my microneedling appt                      | COMPLICATION
      numbing cream made my lips swll up                                | COMPLICATION
      """)
  void catches(String text, EscalationReason expected) {
    assertEquals(Optional.of(expected), reason(text));
  }

  @DisplayName("leaves a question about what is expected, and real words that look like typos, to the FAQ")
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "will i be red after?",
      "how long will i be red after my session",
      "how long will my skin stay red after the treatment?",
      "will i look swollen the day after?",
      "is swelling normal after microneedling?",
      "is it normal to be red for 3 days after?",
      "i have a zoom presentation 2 days after, can i cover the redness with bb cream",
      "can i wear makeup the day after",
      "i trust you guys",
      "in a bit of a rush, how long does it take to see results",
      "whats the aftercar routine",
      "is the serrum customized to my skin?",
      "can i exfoilate the day before",
      "how many sesions for acne scars usually",
  })
  void leavesAlone(String text) {
    assertEquals(Optional.empty(), reason(text));
  }

  @DisplayName("counts another treatment or a business word only when it is what the client asks about")
  @ParameterizedTest(name = "[{index}] {1} ← \"{0}\"")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      is it as painful as waxing?                                          | -
      does it hurt more than threading my brows lol                        | -
      does it feel like getting a tattoo                                   | -
      what are the risks, before i pay the deposit                         | -
      before i book, is it safe?                                           | -
      i wanna book but first, how many times will i have to come in        | -
      will my expensive serums actually work better after this             | -
      is the $20 roller from amazon the same as what u do                  | -
      why cant u wear makeup after, like whats the big deal                | -
      will it make my skin glowy or is that just instagram                 | -
      does laser hair removal hurt?                                        | OTHER_TREATMENT
      is botox better than microneedling                                   | OTHER_TREATMENT
      downtime after a chemical peel?                                      | OTHER_TREATMENT
      how much is it                                                       | BUSINESS
      any deals on packages?                                               | BUSINESS
      can i book for friday                                                | BUSINESS
      can i move my second session up a week                               | BUSINESS
      running 10 min late for my 2pm, sorry!!                              | BUSINESS
      sunscreen for my toddler?                                            | NO_MATCH
      how do i get my teenager to wash his face                            | NO_MATCH
      is it ok to walk my dog the next morning in the sun                  | -
      i just had my baby, when can i do it                                 | MEDICAL_HISTORY
      """)
  void readsWhatIsAsked(String text, EscalationReason expected) {
    assertEquals(Optional.ofNullable(expected), reason(text));
  }
}
