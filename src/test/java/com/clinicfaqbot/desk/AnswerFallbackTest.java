package com.clinicfaqbot.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fallback when a client's direct messages are closed")
final class AnswerFallbackTest {
  private static final String QUESTION = "my skin is bleeding after microneedling";

  private static Escalation escalation(Origin origin, boolean urgent) {
    return new Escalation(7, new ClientRef("discord", "1", "Dana"), origin, QUESTION,
        urgent ? EscalationReason.COMPLICATION : EscalationReason.BUSINESS, urgent, List.of(),
        Instant.EPOCH, EscalationStatus.ANSWERED, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of());
  }

  @Test
  @DisplayName("A non-urgent question asked in a channel is answered there, in reply to the client's message")
  void publicAnswer() {
    // WHEN the DM fails for a non-urgent question asked in a channel
    AnswerFallback.Plan plan = AnswerFallback.after(
        escalation(Origin.channel("100", "200", "https://discord.com/channels/1/100/200"), false), "It is $300.");

    // THEN the answer goes to that channel, replying to the question
    AnswerFallback.Plan.PostInChannel post = assertInstanceOf(AnswerFallback.Plan.PostInChannel.class, plan);
    assertEquals("100", post.channelId());
    assertEquals(Optional.of("200"), post.replyTo());
    assertEquals("Our team has answered you: It is $300.", post.text());
  }

  @Test
  @DisplayName("An urgent question asked in a channel only gets a request to open DMs, without any detail")
  void urgentStaysPrivate() {
    // WHEN the DM fails for an urgent question asked in a channel
    AnswerFallback.Plan plan = AnswerFallback.after(
        escalation(Origin.channel("100", "200", "https://discord.com/channels/1/100/200"), true), "Please come in today.");

    // THEN the channel only gets a request to open DMs, with neither question nor answer
    AnswerFallback.Plan.AskToOpenDms ask = assertInstanceOf(AnswerFallback.Plan.AskToOpenDms.class, plan);
    assertTrue(ask.text().contains("direct message"), ask.text());
    assertFalse(ask.text().contains("bleeding") || ask.text().contains("come in"), ask.text());
  }

  @Test
  @DisplayName("A slash command has no message to reply to, so the post names the client; a DM has no fallback")
  void slashCommandAndDm() {
    // GIVEN a question asked with /ask (no message) and one asked by DM
    Origin slash = new Origin(Origin.Kind.CHANNEL, Optional.of("100"), Optional.empty(), Optional.empty());

    // WHEN their DMs fail; THEN the first is answered in its channel by name, the second nowhere
    AnswerFallback.Plan.PostInChannel post =
        assertInstanceOf(AnswerFallback.Plan.PostInChannel.class, AnswerFallback.after(escalation(slash, false), "Yes."));
    assertEquals("Our team has answered Dana's question: Yes.", post.text());
    assertInstanceOf(AnswerFallback.Plan.Nowhere.class,
        AnswerFallback.after(escalation(Origin.directMessage("5", "6"), false), "Yes."));
  }
}
