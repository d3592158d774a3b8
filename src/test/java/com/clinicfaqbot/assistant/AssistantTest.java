package com.clinicfaqbot.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.faq.FaqException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The assistant, over the real FAQ")
final class AssistantTest {
  private static Assistant assistant;

  @BeforeAll
  static void load() throws FaqException {
    assistant = CoreEngine.load(Path.of("faq")).assistant();
  }

  @DisplayName("answers clients' phrasings, typos included, from the right entry")
  @ParameterizedTest(name = "[{index}] {1} ← \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      will it hurt??                          | pain
      numing creme before?                    | numbing-cream
      microneedlin what is it exactly         | what-is-microneedling
      when can i wear foundation again        | makeup
      do i need spf after                     | sun-exposure
      how many sessions will i need           | sessions-needed
      can i just buy a dermaroller for home   | at-home-rollers
      does it help with cellulite             | cellulite
      """)
  void answers(String question, String faqId) {
    Reply reply = assistant.decide(question);
    Reply.Answer answer = assertInstanceOf(Reply.Answer.class, reply, () -> question + " → " + reply);
    assertEquals(faqId, answer.entry().id());
    assertTrue(answer.confidence() > 0 && answer.confidence() <= 1, "confidence " + answer.confidence());
  }

  @Test
  @DisplayName("escalates a complication that mentions makeup as urgent, with candidates for staff")
  void urgentTrap() {
    Reply reply = assistant.decide("i put makeup on the day after and now i have a rash");
    Reply.Escalate escalate = assertInstanceOf(Reply.Escalate.class, reply);
    assertEquals(EscalationReason.COMPLICATION, escalate.reason());
    assertTrue(escalate.urgent());
    assertTrue(escalate.candidates().stream().anyMatch(c -> c.faqId().equals("makeup")),
        () -> "candidates " + escalate.candidates());
  }

  @Test
  @DisplayName("hands off what the FAQ does not cover")
  void noMatch() {
    Reply reply = assistant.decide("tell me a joke about penguins");
    Reply.Escalate escalate = assertInstanceOf(Reply.Escalate.class, reply);
    assertEquals(EscalationReason.NO_MATCH, escalate.reason());
  }

  @DisplayName("recognizes small talk, but answers a greeting followed by a question")
  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(delimiter = '|', textBlock = """
      hiii                  | smalltalk
      thank u so much ❤️     | smalltalk
      are you a bot?        | smalltalk
      👍                     | smalltalk
      hey! does it hurt?    | answer
      """)
  void smallTalk(String text, String outcome) {
    assertEquals(outcome, assistant.decide(text).outcome());
  }

  static Stream<String> hostile() {
    List<String> texts = new ArrayList<>(List.of(
        "", " ", "\n", "\t\t", "AND", "OR NOT", "*", "?", "\"", "\"unclosed", "\\", "\\\\\\", "pain^10", "hurt~2",
        "(((", ")))", "[a TO z]", "{}", "title:pain", "+-&&||!(){}[]^\"~*?:\\/", "/regex/", "a".repeat(5_000),
        "will it hurt ".repeat(500), "🙂😬🔥💉", "\u0000\u0001\u0002", "\uD83D", "\uDE00", "‮reversed", "ｗｉｌｌ ｉｔ ｈｕｒｔ",
        "<script>alert(1)</script>", "'; DROP TABLE escalations; --", "%s%s%s%n", "${jndi:ldap://x}", "null",
        "@everyone does it hurt", "<@123456789012345678> hi", "ñoño á é í ó ú ü", "微针疼吗", "هل يؤلم", "\r\n\r\n"));
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(200);
      for (int j = 0; j < length; j++) {
        text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1F_FFF) : 0x20 + random.nextInt(0x5F));
      }
      texts.add(text.toString());
    }
    return texts.stream();
  }

  @DisplayName("gives any text a Reply, never an exception")
  @ParameterizedTest(name = "[{index}]")
  @MethodSource("hostile")
  void hostileText(String text) {
    Reply reply = assistant.decide(text);
    assertNotNull(reply);
    assertTrue(List.of("answer", "clarify", "escalate", "smalltalk").contains(reply.outcome()));
  }

  @Test
  @DisplayName("gives a null message a Reply too")
  void nullText() {
    assertEquals("smalltalk", assistant.decide(null).outcome());
  }
}
