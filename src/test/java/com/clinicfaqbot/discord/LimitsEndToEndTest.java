package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.discord.fake.FakeInteraction;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bot, end to end, against floods")
final class LimitsEndToEndTest extends BotOnFakeDiscord {

  @Override
  int cooldownSeconds() {
    return 60;
  }

  @Test
  @DisplayName("Within the cooldown a client is told once to wait, then not again, and nothing is answered or stored")
  void cooldown() throws Exception {
    // GIVEN the patient's question answered
    discord.dispatchMessageCreate(patient, general, "does it hurt?");
    awaitPost(general);

    // WHEN they ask twice more at once
    discord.dispatchMessageCreate(patient, general, "how much is it?");
    RecordedRequest wait = awaitPost(general, r -> r.text("/content") != null && r.text("/content").startsWith("One moment"));
    discord.dispatchMessageCreate(patient, general, "hello??");
    Thread.sleep(300);

    // THEN one reminder only, and nothing went to staff
    assertTrue(wait.text("/content").contains("second"), wait.toString());
    assertEquals(2, posts(general).size());
    assertEquals(List.of(), store().openQueue());
  }

  @Test
  @DisplayName("A question over the length limit gets a polite line asking for a shorter one")
  void tooLong() {
    // WHEN a client asks in more than the 200 characters allowed
    FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of("question", "why ".repeat(60)), patient, general);

    // THEN they are asked for a shorter question, and nothing is stored
    assertTrue(ask.awaitOriginalEdit(WAIT).text("/content").contains("under 200 characters"));
    assertEquals(List.of(), store().openQueue());
  }
}
