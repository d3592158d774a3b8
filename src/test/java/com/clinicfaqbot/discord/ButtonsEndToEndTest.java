package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.discord.fake.FakeInteraction;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.Feedback;
import com.clinicfaqbot.faq.FaqEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot, end to end, for the buttons clients press")
final class ButtonsEndToEndTest extends BotOnFakeDiscord {
  private static final String QUESTION = "does microneedling hurt?";

  /** Asks with /ask and returns the id of the answer's message. */
  private long askAndGetAnswer() {
    FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of("question", QUESTION), patient, general);
    ask.awaitOriginalEdit(WAIT);
    return ask.originalMessage().orElseThrow().get("id").asLong();
  }

  @Test
  @DisplayName("'Not what I asked' records the feedback and escalates the question with the entry shown attached")
  void notWhatIAsked() throws Exception {
    // GIVEN an answer to the patient's /ask
    FaqEntry shown = answerFor(QUESTION);
    long answer = askAndGetAnswer();

    // WHEN they press 👎
    FakeInteraction click = discord.dispatchButton("ans:no:" + shown.id() + ":" + patient.idString(), answer, patient);

    // THEN they are told privately that the team has it
    assertEquals(64, click.awaitCallback(WAIT).number("/data/flags", 0) & 64);
    assertTrue(click.awaitOriginalEdit(WAIT).text("/content").contains("passed it on"));
    // AND staff have their question, with the entry shown as the first candidate, in a thread
    Escalation stored = awaitThread();
    assertEquals(QUESTION, stored.question());
    assertEquals(shown.id(), stored.candidates().get(0).faqId());
    // AND the feedback is on record
    List<Feedback> feedback = new DecisionLog(database(), Clock.systemUTC())
        .feedbackBetween(Instant.EPOCH, Instant.now().plusSeconds(60));
    assertEquals(1, feedback.size());
    assertFalse(feedback.get(0).helpful());
  }

  @Test
  @DisplayName("A related entry's button shows that entry, privately")
  void relatedEntry() {
    // GIVEN an answer with related entries
    FaqEntry shown = answerFor(QUESTION);
    String related = shown.related().get(0);
    long answer = askAndGetAnswer();

    // WHEN the first related entry is clicked
    FakeInteraction click = discord.dispatchButton("ans:rel:" + related, answer, patient);

    // THEN that entry is shown
    RecordedRequest edit = click.awaitOriginalEdit(WAIT);
    assertEquals(engine.catalog().find(related).orElseThrow().question(), edit.text("/embeds/0/title"));
  }

  @Test
  @DisplayName("/forget-me asks first, then deletes the client's data and says what it deleted")
  void forgetMe() throws Exception {
    // GIVEN a patient with a question waiting for staff
    businessQuestionByDm();

    // WHEN they use /forget-me and confirm
    FakeInteraction forget = discord.dispatchSlashCommand("forget-me", Map.of(), patient, general);
    RecordedRequest confirmation = forget.awaitCallback(WAIT);
    assertEquals(64, confirmation.number("/data/flags", 0) & 64);
    assertEquals("forget:yes::" + patient.idString(), confirmation.text("/data/components/0/components/0/custom_id"));
    long confirmationId = forget.originalMessage().orElseThrow().get("id").asLong();
    FakeInteraction confirm = discord.dispatchButton("forget:yes::" + patient.idString(), confirmationId, patient);

    // THEN they are told what was deleted, and nothing of theirs is left
    String said = confirm.awaitOriginalEdit(WAIT).text("/content");
    assertTrue(said.startsWith("Done. I deleted everything stored about you: 1 question for our team"), said);
    assertEquals(List.of(), store().openQueue());
  }
}
