package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.discord.fake.FakeChannel;
import com.clinicfaqbot.discord.fake.FakeInteraction;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.StaffAnswer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot, end to end, for staff")
final class StaffEndToEndTest extends BotOnFakeDiscord {
  private static final String ANSWER = "A single session is $300; a course of three is $800.";

  @Test
  @DisplayName("Staff answer with the Answer button's form; the client gets it by DM and the store marks it delivered")
  void answerByForm() throws Exception {
    // GIVEN the patient's urgent question waits in its staff thread
    discord.dispatchMessageCreate(patient, general, URGENT_QUESTION);
    Escalation waiting = awaitThread();

    // WHEN the nurse answers it with the form
    answerByForm(waiting, nurse, "Please send us a photo and come in today; we'll call you.");

    // THEN the patient gets the answer by direct message, quoting their question
    RecordedRequest delivered = awaitPost(discord.dmChannel(patient), r -> r.text("/content").contains("come in today"));
    assertTrue(delivered.text("/content").startsWith("Our team replied to your question"), delivered.toString());
    assertTrue(mentionsNobody(delivered.body()), delivered.toString());
    // AND the store has the nurse's answer, delivered
    Escalation answered = awaitDelivered(waiting);
    assertEquals("nurse", answered.answer().orElseThrow().staff());
    assertEquals(EscalationStatus.ANSWERED, answered.status());
    // AND the thread shows the answer and that it arrived
    FakeChannel thread = threadOf(waiting);
    awaitPost(thread, r -> r.text("/content").contains("reached the client"));
  }

  @Test
  @DisplayName("Typing in the thread answers the client; a later message is passed on too")
  void answerByTypingInTheThread() throws Exception {
    // GIVEN the patient's business question, asked by DM, waits in its thread
    Escalation waiting = businessQuestionByDm();
    FakeChannel thread = threadOf(waiting);

    // WHEN the nurse types the answer in the thread, then one more line
    discord.dispatchMessageCreate(nurse, thread, ANSWER);
    awaitDelivered(waiting);
    discord.dispatchMessageCreate(nurse, thread, "We also have gift cards.");

    // THEN the patient gets both by DM, and the first is the stored answer
    FakeChannel dm = discord.dmChannel(patient);
    awaitPost(dm, r -> r.text("/content").contains(ANSWER));
    awaitPost(dm, r -> "More from our team: We also have gift cards.".equals(r.text("/content")));
    assertEquals(ANSWER, store().get(waiting.id()).answer().orElseThrow().text());
  }

  @Test
  @DisplayName("DMs closed: a non-urgent answer goes to the channel it was asked in; the failed DM stays on record")
  void closedDmsFallBackToTheChannel() throws Exception {
    // GIVEN a business question asked in the ask channel by a patient who then closes their DMs
    String asked = discord.dispatchMessageCreate(patient, general, BUSINESS_QUESTION).get("id").asText();
    Escalation waiting = awaitThread();
    discord.closeDirectMessages(patient);

    // WHEN the nurse answers
    answerByForm(waiting, nurse, ANSWER);

    // THEN the answer replies to the question in the channel, pinging nobody
    RecordedRequest post = awaitPost(general, r -> r.text("/content").contains(ANSWER));
    assertEquals("Our team has answered you: " + ANSWER, post.text("/content"));
    assertEquals(asked, post.text("/message_reference/message_id"));
    assertTrue(mentionsNobody(post.body()), post.toString());
    // AND the store shows two attempts, the failed DM counted
    Escalation after = awaitDelivered(waiting);
    assertEquals(2, after.answer().orElseThrow().deliveryAttempts());
    // AND the thread says what happened
    FakeChannel thread = threadOf(waiting);
    awaitPost(thread, r -> r.text("/content").contains("posted in"));
  }

  @Test
  @DisplayName("DMs closed on an urgent question: nothing about it goes public, and the answer stays undelivered with its error")
  void closedDmsKeepUrgentAnswersPrivate() throws Exception {
    // GIVEN a patient with closed DMs who describes a complication in the ask channel
    Escalation waiting = urgentQuestionWithClosedDms();
    // (the acknowledgement could not go by DM: the channel hears only that the team will follow up)
    awaitPost(general, r -> "Thanks — our team will follow up with you privately.".equals(r.text("/content")));

    // WHEN the nurse answers
    String answer = "Please come in today so we can look at it.";
    answerByForm(waiting, nurse, answer);

    // THEN the channel only gets a request to open DMs, without the answer or the question
    RecordedRequest ask = awaitPost(general, r -> r.text("/content").contains("direct message"));
    assertFalse(ask.rawBody().contains("come in") || ask.rawBody().contains("swollen"), ask.toString());
    // AND the store keeps the answer undelivered, with the DM's error
    Escalation after = awaitFailedDelivery(waiting);
    StaffAnswer kept = after.answer().orElseThrow();
    assertFalse(kept.delivered());
    assertTrue(kept.lastDeliveryError().orElseThrow().contains("50007"), kept.toString());
    // AND the thread shows the failure
    FakeChannel thread = threadOf(waiting);
    awaitPost(thread, r -> r.text("/content").contains("did not reach the client"));
    for (RecordedRequest post : posts(general)) {
      assertFalse(post.rawBody().contains("come in today"), post.toString());
    }
  }

  @Test
  @DisplayName("Someone without the staff role is politely refused the staff buttons and commands, and nothing changes")
  void nonStaffAreRefused() throws Exception {
    // GIVEN an escalation in its thread
    Escalation waiting = businessQuestionByDm();
    long summaryId = summaryIdOf(waiting);

    // WHEN the patient clicks Claim, and tries /faq reload and /escalations
    FakeInteraction claim = discord.dispatchButton("esc:claim:" + waiting.id(), summaryId, patient);
    FakeInteraction reload = discord.dispatchSlashCommand("faq reload", Map.of(), patient, general);
    FakeInteraction queue = discord.dispatchSlashCommand("escalations", Map.of(), patient, general);

    // THEN each gets an ephemeral refusal
    for (FakeInteraction refused : new FakeInteraction[] {claim, reload, queue}) {
      RecordedRequest reply = refused.awaitCallback(WAIT);
      assertEquals(4, reply.number("/type", 0));
      assertEquals(64, reply.number("/data/flags", 0) & 64);
      assertEquals(StaffRole.REFUSAL, reply.text("/data/content"));
    }
    // AND the escalation is untouched
    assertEquals(EscalationStatus.OPEN, store().get(waiting.id()).status());
  }

  @Test
  @DisplayName("Staff claim with a button, list the queue with /escalations and reload the FAQ with /faq reload")
  void staffTools() throws Exception {
    // GIVEN a question waiting in its thread
    Escalation waiting = businessQuestionByDm();

    // WHEN the nurse claims it; THEN the store names her
    FakeInteraction claim = discord.dispatchButton("esc:claim:" + waiting.id(),
        summaryIdOf(waiting), nurse);
    assertEquals("You claimed escalation " + waiting.label() + ".", claim.awaitOriginalEdit(WAIT).text("/content"));
    assertEquals("nurse", store().get(waiting.id()).claimedBy().orElseThrow());

    // WHEN she lists the queue; THEN it shows the escalation, claimed by her
    FakeInteraction queue = discord.dispatchSlashCommand("escalations", Map.of(), nurse, staffChannel);
    String listed = queue.awaitOriginalEdit(WAIT).text("/content");
    assertTrue(listed.contains("**" + waiting.label() + "**") && listed.contains("claimed by nurse"), listed);

    // WHEN she reloads the FAQ; THEN it is reloaded
    FakeInteraction reload = discord.dispatchSlashCommand("faq reload", Map.of(), nurse, staffChannel);
    assertTrue(reload.awaitOriginalEdit(WAIT).text("/content").startsWith("Reloaded the FAQ: "));
  }

  @Test
  @DisplayName("A question containing @everyone and a role mention is escalated without pinging anyone")
  void clientTextNeverPings() throws Exception {
    // WHEN a client's business question carries @everyone, @here and the staff role's mention
    String question = "@everyone @here <@&" + staffRoleId + "> how much does a session cost?";
    discord.dispatchMessageCreate(patient, general, question);

    // THEN the staff summary (not urgent) allows no mention at all, and shows the text defused
    RecordedRequest summary = awaitPost(staffChannel, r -> r.text("/embeds/0/title") != null);
    assertTrue(mentionsNobody(summary.body()), summary.toString());
    String shown = summary.text("/embeds/0/description");
    assertFalse(shown.contains("@everyone") || shown.contains("<@&"), shown);
    awaitThread();
    awaitPost(general);
    // AND no message the bot sent anywhere allows a mention
    for (RecordedRequest request : discord.requests()) {
      JsonNode body = request.body();
      boolean sendsMessage = request.is("POST", "/channels/\\d+/messages")
          || request.is("PATCH", "/webhooks/.*") || request.is("POST", "/interactions/.*");
      if (sendsMessage && body.has("allowed_mentions")) {
        assertTrue(mentionsNobody(body), request.toString());
      } else if (request.is("POST", "/channels/\\d+/messages")) {
        throw new AssertionError("a message without allowed_mentions: " + request);
      }
    }
  }
}
