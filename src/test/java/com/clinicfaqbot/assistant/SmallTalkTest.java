package com.clinicfaqbot.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.clinicfaqbot.assistant.SmallTalk.Topic;
import com.clinicfaqbot.triage.TextNormalizer;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Small talk")
final class SmallTalkTest {
  private final SmallTalk smallTalk = new SmallTalk();

  private Optional<Topic> topic(String text) {
    return smallTalk.recognize(TextNormalizer.normalize(text)).map(SmallTalk.Chat::topic);
  }

  @DisplayName("knows a message that is only conversation, and which kind")
  @ParameterizedTest(name = "[{index}] {1} ← \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      hi, quick question            | GREETING
      helo                          | GREETING
      hiii i have a question        | GREETING
      hey can i ask something?      | GREETING
      good morning!                 | GREETING
      anyone there?                 | GREETING
      thank u so much!!             | THANKS
      thx 🙏                        | THANKS
      you're a lifesaver            | PRAISE
      omg ur the best               | PRAISE
      lifesaver 🙏                  | PRAISE
      this is so helpful            | PRAISE
      how are u                     | WELLBEING
      hows ur day going             | WELLBEING
      is this a real person or ai lol | WHO_AM_I
      am i talking to a bot?        | WHO_AM_I
      ok bye, have a good one       | GOODBYE
      k thanks bye                  | THANKS
      never mind                    | WITHDRAW
      nvm                           | WITHDRAW
      forget it                     | WITHDRAW
      it's fine now, thanks         | WITHDRAW
      okk                           | ACKNOWLEDGE
      ok cool                       | ACKNOWLEDGE
      😊                            | EMPTY
      """)
  void recognizes(String text, Topic expected) {
    assertEquals(Optional.of(expected), topic(text));
  }

  @DisplayName("leaves a greeting with a question, or a question alone, to be answered")
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {
      "hi, does it hurt?", "first?", "hey quick question, how long will i be red", "thanks, and can i wear makeup after?",
      "is this safe", "stop the bleeding how", "cancel my appointment", "can i talk to a real person"})
  void leavesQuestions(String text) {
    assertEquals(Optional.empty(), topic(text));
  }
}
