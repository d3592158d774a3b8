package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.discord.fake.GatewayFrame;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.Escalation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot, end to end, across reconnects and restarts")
final class ResilienceEndToEndTest extends BotOnFakeDiscord {

  @Test
  @DisplayName("After a gateway reconnect (op 7) the bot resumes and no question is answered twice")
  void reconnectAnswersEachQuestionOnce() throws Exception {
    // GIVEN a question answered before the reconnect
    String before = discord.dispatchMessageCreate(patient, general, "does it hurt?").get("id").asText();
    awaitPost(general, r -> before.equals(r.text("/message_reference/message_id")));

    // WHEN Discord asks the bot to reconnect, and a question comes while it does
    discord.sendReconnect();
    String during = discord.dispatchMessageCreate(patient, general, "when can I wear makeup?").get("id").asText();
    discord.awaitGatewayFrame(f -> f.received(GatewayFrame.RESUME), WAIT);
    String after = discord.dispatchMessageCreate(patient, general, "how many sessions will I need?").get("id").asText();

    // THEN each question gets exactly one reply
    awaitPost(general, r -> after.equals(r.text("/message_reference/message_id")));
    awaitPost(general, r -> during.equals(r.text("/message_reference/message_id")));
    Thread.sleep(300); // room for a duplicate to show up
    List<String> repliedTo = posts(general).stream().map(r -> r.text("/message_reference/message_id")).sorted().toList();
    assertEquals(List.of(before, during, after).stream().sorted().toList(), repliedTo);
  }

  @Test
  @DisplayName("After a restart on the same database, staff answer an open escalation with its old thread's button")
  void restartKeepsEscalationsAnswerable() throws Exception {
    // GIVEN an urgent escalation with its thread, and the bot stopped
    discord.dispatchMessageCreate(patient, general, URGENT_QUESTION);
    Escalation waiting = awaitThread();
    awaitPost(discord.dmChannel(patient));
    app.close();
    app = null;
    discord.clear();

    // WHEN a new bot starts on the same database and the nurse uses the old summary's Answer button
    app = startApp();
    answerByForm(waiting, nurse, "Please come in today; we'll call you in ten minutes.");

    // THEN the answer reaches the patient by DM, and the store has it delivered
    RecordedRequest delivered = awaitPost(discord.dmChannel(patient), r -> r.text("/content").contains("ten minutes"));
    assertTrue(mentionsNobody(delivered.body()), delivered.toString());
    awaitDelivered(waiting);
    // AND the restarted bot opened no second thread for it
    assertTrue(discord.requests().stream().noneMatch(r -> r.is("POST", "/channels/\\d+/messages/\\d+/threads")),
        discord.requests().toString());
  }

  @Test
  @DisplayName("An answer given while the bot was down (on the staff console) reaches the client when it starts")
  void answerGivenWhileDownIsDelivered() throws Exception {
    // GIVEN a question waiting in its thread, and the bot stopped
    Escalation waiting = businessQuestionByDm();
    app.close();
    app = null;

    // WHEN staff answer it on the console, and the bot starts again
    store().answer(waiting.id(), "sam", "It's $300 a session.");
    app = startApp();

    // THEN the client gets it by DM, once, and it is marked delivered
    awaitPost(discord.dmChannel(patient), r -> r.text("/content").contains("$300 a session"));
    awaitDelivered(waiting);
    Thread.sleep(200);
    assertEquals(1, posts(discord.dmChannel(patient)).stream()
        .filter(r -> r.text("/content").contains("$300 a session")).count());
  }

  @Test
  @DisplayName("An answer that could not reach a client with closed DMs is sent when they next write, DMs open again")
  void undeliveredAnswerIsRetried() throws Exception {
    // GIVEN an urgent question whose answer could not be sent (DMs closed)
    Escalation waiting = urgentQuestionWithClosedDms();
    answerByForm(waiting, nurse, "Please come in today.");
    awaitFailedDelivery(waiting);

    // WHEN the patient opens their DMs and writes to the bot
    discord.clear();
    discord.dispatchDirectMessage(patient, "hello? did anyone answer?");

    // THEN the answer reaches them, and the store says so
    awaitPost(discord.dmChannel(patient), r -> r.text("/content").contains("Please come in today."));
    assertTrue(awaitDelivered(waiting).answer().orElseThrow().lastDeliveryError().isEmpty());
  }
}
