package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.clinicfaqbot.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The run command")
final class RunCommandTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private Path configFor(FakeDiscord discord) throws Exception {
    return CommandRun.config(folder,
        "discord:",
        "  guildId: \"" + discord.guild().idString() + "\"",
        "  askChannelIds: [\"" + discord.guild().channel("general").idString() + "\"]",
        "  staffChannelId: \"" + discord.guild().channel("staff").idString() + "\"",
        "  staffRoleId: \"" + discord.guild().role("Staff").idString() + "\"",
        "  restBaseUrl: " + discord.restBaseUrl(),
        "  gatewayUrl: " + discord.gatewayUrl());
  }

  @Test
  @DisplayName("Without the discord: section it says so by name and exits 2")
  void needsTheDiscordSection() throws Exception {
    Path config = CommandRun.config(folder);

    CommandRun run = CommandRun.of("run", "--config", config.toString());

    assertEquals(2, run.exitCode());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("run needs the discord: section"), run.err());
  }

  @Test
  @DisplayName("Without DISCORD_TOKEN in the environment it says so in one line and exits 2")
  void needsTheToken() throws Exception {
    assumeTrue(System.getenv("DISCORD_TOKEN") == null, "DISCORD_TOKEN is set in this environment");
    try (FakeDiscord discord = FakeDiscord.start()) {
      CommandRun run = CommandRun.of("run", "--config", configFor(discord).toString());

      assertEquals(2, run.exitCode());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("DISCORD_TOKEN is not set"), run.err());
    }
  }

  @Test
  @Timeout(30)
  @DisplayName("A token Discord rejects: one line naming DISCORD_TOKEN, exit 2, no stack trace, the token never shown")
  void rejectedToken() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        ChildJvm bot = ChildJvm.start(folder, Map.of("DISCORD_TOKEN", "not-the-secret-token"),
            "run", "--config", configFor(discord).toString())) {

      int exit = bot.exitCode(Duration.ofSeconds(25));

      String err = bot.stderr();
      assertEquals(2, exit, err);
      assertTrue(err.contains("Discord rejected the bot token (DISCORD_TOKEN)"), err);
      assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
      assertFalse(err.contains("not-the-secret-token"), err);
    }
  }

  @Test
  @Timeout(40)
  @DisplayName("SIGTERM stops the bot cleanly: it closes its gateway session and exits without a stack trace")
  void stopsOnSigterm() throws Exception {
    try (FakeDiscord discord = FakeDiscord.start();
        ChildJvm bot = ChildJvm.start(folder, Map.of("DISCORD_TOKEN", discord.token()),
            "run", "--config", configFor(discord).toString())) {
      // GIVEN the bot up: commands registered, and answering
      discord.awaitRequest("PUT", "/applications/\\d+/guilds/\\d+/commands", Duration.ofSeconds(25));
      var patient = discord.addUser("patient");
      discord.dispatchDirectMessage(patient, "does it hurt?");
      discord.awaitRequest("POST", "/channels/" + discord.dmChannel(patient).idString() + "/messages", WAIT);

      // WHEN a service manager stops it
      bot.terminate(WAIT);

      // THEN it left the gateway, and said nothing alarming
      assertFalse(discord.isClientConnected());
      assertFalse(bot.stderr().contains("Exception"), bot.stderr());
    }
  }
}
