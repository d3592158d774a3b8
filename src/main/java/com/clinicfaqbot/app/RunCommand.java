package com.clinicfaqbot.app;

import com.clinicfaqbot.config.AppConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Start the Discord bot. The token comes from the DISCORD_TOKEN environment variable;"
        + " the config file needs its discord: section. Stops cleanly on SIGTERM or Ctrl-C.")
final class RunCommand implements Callable<Integer> {
  /** The environment variable holding the bot token; never read from a file, never logged. */
  static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    AppConfig app = config.load();
    if (app.discord().isEmpty()) {
      throw new SetupException((config.file == null ? "run needs --config FILE with" : config.file + ": run needs")
          + " the discord: section (guildId, askChannelIds, staffChannelId, staffRoleId); see config.example.yaml",
          null);
    }
    String token = System.getenv(TOKEN_VARIABLE);
    if (token == null || token.isBlank()) {
      throw new SetupException(TOKEN_VARIABLE + " is not set: export the bot's token (developer portal → your"
          + " application → Bot → Reset Token) in this shell before run", null);
    }
    DiscordApp bot = DiscordApp.start(app, token.strip(), Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "clinic-faq-bot-shutdown"));
    bot.awaitStopped();
    if (bot.stoppedOnItsOwn()) {
      System.err.println("Discord ended the bot's session (see the log above); stopping.");
      return Failures.REFUSED;
    }
    return 0;
  }
}
