package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.config.DiscordSettings;
import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.ClientLimits;
import com.clinicfaqbot.desk.QuestionSuggestions;
import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.discord.DiscordBot;
import com.clinicfaqbot.escalation.ClientDataEraser;
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqException;
import java.time.Clock;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;

/**
 * The composition root of {@code run}: loads the FAQ, opens the database, builds the core services
 * with constructor injection and starts the Discord adapter over them. {@link #close} stops the bot
 * (replies under way finish first) and then closes the database. The end-to-end tests start the
 * bot through here too, so they run exactly what {@code run} runs.
 */
public final class DiscordApp implements AutoCloseable {
  private final Stores stores;
  private final DiscordBot bot;
  private final Runnable stopWarmUp;

  private DiscordApp(Stores stores, DiscordBot bot, Runnable stopWarmUp) {
    this.stores = stores;
    this.bot = bot;
    this.stopWarmUp = stopWarmUp;
  }

  /**
   * Starts the bot as {@code config} says, logged in with {@code token}.
   *
   * @throws SetupException (one line for a person, never the token) when the config has no
   *     {@code discord:} section, the database cannot be opened, Discord refuses the token or the
   *     bot is not in the guild
   * @throws FaqException when the FAQ has problems
   */
  public static DiscordApp start(AppConfig config, String token, Clock clock) throws FaqException, InterruptedException {
    DiscordSettings discord = config.discord().orElseThrow(() -> new SetupException(
        "run needs the discord: section in the config file (guildId, askChannelIds, staffChannelId, staffRoleId);"
            + " see config.example.yaml", null));
    CoreEngine engine = CoreEngine.load(config.faq().dir(), config.thresholds(), ConfidenceModel.DEFAULT);
    Stores stores = Stores.open(config.store(), clock);
    try {
      DiscordBot.Services services = new DiscordBot.Services(
          new ClientDesk(engine.assistant(), engine.search(), stores.escalations(), stores.decisions(),
              new ReplyPromise(config.clinic().openingHours(), clock)),
          new StaffDesk(stores.escalations()),
          new ClientLimits(config.limits(), clock),
          new QuestionSuggestions(engine.search()),
          new ClientDataEraser(stores.database()),
          engine.search(),
          engine::reload,
          config.clinic(),
          config.limits().maxQuestionChars(),
          clock);
      DiscordBot started = DiscordBot.start(discord, token, services);
      // Connected: clients are answered while the warm-up runs beside them.
      return new DiscordApp(stores, started, engine.warmUpInBackground());
    } catch (InvalidTokenException e) {
      stores.close();
      throw new SetupException("Discord rejected the bot token (DISCORD_TOKEN): copy it again from the developer"
          + " portal (Bot → Reset Token) and export it", null);
    } catch (DiscordBot.StartException e) {
      stores.close();
      throw new SetupException(e.getMessage(), null);
    } catch (RuntimeException | InterruptedException e) {
      stores.close();
      throw e;
    }
  }

  /** Waits until the bot stops: closed, or disconnected for good by Discord. */
  public void awaitStopped() throws InterruptedException {
    bot.awaitStopped();
  }

  /** Whether it stopped without {@link #close}: Discord ended the session for good. */
  public boolean stoppedOnItsOwn() {
    return bot.stoppedOnItsOwn();
  }

  @Override
  public void close() {
    stopWarmUp.run();
    try {
      bot.close();
    } finally {
      stores.close();
    }
  }
}
