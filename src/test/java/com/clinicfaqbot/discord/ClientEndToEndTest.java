package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.discord.fake.FakeChannel;
import com.clinicfaqbot.discord.fake.FakeInteraction;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.faq.FaqEntry;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot, end to end, for clients")
final class ClientEndToEndTest extends BotOnFakeDiscord {

  @Test
  @DisplayName("On start it registers /ask (with autocomplete), /forget-me, /faq reload and /escalations for the guild")
  void registersGuildCommands() {
    // GIVEN the bot started (in @BeforeEach); THEN the guild has its four commands
    JsonNode commands = discord.guildCommands(discord.guild());
    List<String> names = new ArrayList<>();
    commands.forEach(c -> names.add(c.path("name").asText()));
    assertEquals(List.of("ask", "forget-me", "faq", "escalations"), names);
    JsonNode question = commands.get(0).path("options").get(0);
    assertEquals("question", question.path("name").asText());
    assertTrue(question.path("autocomplete").asBoolean(), question.toString());
    assertEquals("reload", commands.get(2).path("options").get(0).path("name").asText());
    assertTrue(discord.unhandledRequests().isEmpty(), () -> "unhandled: " + discord.unhandledRequests());
  }

  @Test
  @DisplayName("/ask is answered privately with the entry as an embed, feedback buttons and related entries")
  void slashAskIsAnswered() {
    // WHEN the patient asks with /ask in the general channel
    String question = "does microneedling hurt?";
    FaqEntry expected = answerFor(question);
    FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of("question", question), patient, general);

    // THEN the bot defers an ephemeral reply at once, then fills it with the entry
    RecordedRequest deferred = ask.awaitCallback(WAIT);
    assertEquals(5, deferred.number("/type", 0));
    assertEquals(64, deferred.number("/data/flags", 0) & 64);
    RecordedRequest answer = ask.awaitOriginalEdit(WAIT);
    assertEquals(expected.question(), answer.text("/embeds/0/title"));
    assertEquals(expected.answer(), answer.text("/embeds/0/description"));
    assertEquals("ans:ok:" + expected.id() + ":" + patient.idString(), answer.text("/components/0/components/0/custom_id"));
    assertEquals("ans:no:" + expected.id() + ":" + patient.idString(), answer.text("/components/0/components/1/custom_id"));
    if (!expected.related().isEmpty()) {
      assertEquals("ans:rel:" + expected.related().get(0), answer.text("/components/1/components/0/custom_id"));
    }
    // AND a first-time client is told what the bot is, and is not
    assertTrue(answer.text("/content").contains("not medical advice"), answer.text("/content"));
    assertTrue(mentionsNobody(answer.body()), answer.toString());
  }

  @Test
  @DisplayName("A question in the ask channel is answered in a reply to it that pings nobody")
  void channelQuestionIsAnswered() {
    // WHEN the patient asks in the ask channel
    String question = "how long will my skin stay red after the treatment?";
    FaqEntry expected = answerFor(question);
    String asked = discord.dispatchMessageCreate(patient, general, question).get("id").asText();

    // THEN the answer replies to their message, as an embed, mentioning nobody
    RecordedRequest reply = awaitPost(general);
    assertEquals(expected.question(), reply.text("/embeds/0/title"));
    assertEquals(asked, reply.text("/message_reference/message_id"));
    assertTrue(reply.text("/embeds/0/footer/text").contains(question), reply.toString());
    assertTrue(mentionsNobody(reply.body()), reply.toString());
  }

  @Test
  @DisplayName("A direct message to the bot is answered in the DM; a mention anywhere is answered without the mention")
  void directMessageAndMentionAreAnswered() {
    // WHEN the patient writes to the bot directly
    String question = "when can I wear makeup again?";
    FaqEntry expected = answerFor(question);
    discord.dispatchDirectMessage(patient, question);

    // THEN the answer comes in the DM
    FakeChannel dm = discord.dmChannel(patient);
    assertEquals(expected.question(), awaitPost(dm).text("/embeds/0/title"));

    // WHEN they mention the bot in a channel that is not an ask channel
    FakeChannel other = staffChannel; // any channel the bot sees
    discord.dispatchMessageCreate(patient, other, discord.bot().mention() + " " + question);

    // THEN it answers there too, and the question it read had no mention in it
    RecordedRequest reply = awaitPost(other);
    assertEquals(expected.question(), reply.text("/embeds/0/title"));
    assertEquals("You asked: " + question, reply.text("/embeds/0/footer/text"));
  }

  @Test
  @DisplayName("An urgent question in a public channel is answered by DM, escalated with a staff thread, and pings the staff role only")
  void urgentQuestionIsPrivateAndEscalated() throws Exception {
    // WHEN the patient describes a complication in the public ask channel
    discord.dispatchMessageCreate(patient, general, URGENT_QUESTION);

    // THEN the acknowledgement, with the urgent line, goes by direct message
    RecordedRequest direct = awaitPost(discord.dmChannel(patient));
    assertTrue(direct.text("/content").contains("passed it to them"), direct.toString());
    assertTrue(direct.text("/content").contains(URGENT_LINE), direct.toString());
    // AND the channel only hears that it did, with nothing of the question
    RecordedRequest inPublic = awaitPost(general);
    assertEquals("Thanks — I've sent you a direct message.", inPublic.text("/content"));
    assertTrue(inPublic.body().path("embeds").isEmpty());
    // AND staff get a summary that pings their role, and nothing else, and a thread from it
    RecordedRequest summary = awaitPost(staffChannel, r -> r.text("/embeds/0/title") != null);
    assertTrue(summary.text("/content").contains("<@&" + staffRoleId + ">"), summary.toString());
    JsonNode mentions = summary.body().path("allowed_mentions");
    assertTrue(mentions.path("parse").isEmpty(), summary.toString());
    assertEquals(List.of(staffRoleId), List.of(mentions.path("roles").get(0).asText()));
    assertEquals(1, mentions.path("roles").size());
    assertEquals(URGENT_QUESTION, summary.text("/embeds/0/description"));
    Escalation stored = awaitThread();
    assertTrue(stored.urgent());
    assertEquals(URGENT_QUESTION, stored.question());
    assertNotNull(threadOf(stored));
    // AND nothing the bot posted in public repeats the client's words
    for (RecordedRequest post : posts(general)) {
      assertFalse(post.rawBody().contains("swollen") || post.rawBody().contains("bleeding"), post.toString());
    }
  }

  @Test
  @DisplayName("A follow-up while the question waits is added to it and forwarded to its staff thread")
  void followUpGoesToTheThread() throws Exception {
    // GIVEN the patient's business question waits for staff in a thread
    Escalation waiting = businessQuestionByDm();
    FakeChannel thread = threadOf(waiting);

    // WHEN they write again
    discord.dispatchDirectMessage(patient, "for the face and the neck please");

    // THEN it is stored with the escalation and shown in its thread, and the client is told
    RecordedRequest forwarded = awaitPost(thread, r -> r.text("/content").contains("for the face and the neck"));
    assertTrue(mentionsNobody(forwarded.body()), forwarded.toString());
    awaitPost(discord.dmChannel(patient), r -> "Added to your question for our team.".equals(r.text("/content")));
    assertEquals(1, store().get(waiting.id()).followUps().size());
  }
}
