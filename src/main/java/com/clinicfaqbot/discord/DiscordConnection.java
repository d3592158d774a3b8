package com.clinicfaqbot.discord;

import com.clinicfaqbot.config.DiscordSettings;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/**
 * Logs the bot in. Intents: guild and direct messages, and the privileged MESSAGE_CONTENT (to read
 * questions in the ask channels); not GUILD_MEMBERS: roles arrive with each message and
 * interaction. Caches are JDA's light ones: channels, threads and roles, no members.
 */
final class DiscordConnection {
  /** What the bot subscribes to. */
  static final EnumSet<GatewayIntent> INTENTS =
      EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES, GatewayIntent.MESSAGE_CONTENT);

  private DiscordConnection() {}

  /**
   * Logs in with {@code token} and waits until every guild is loaded.
   *
   * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
   * @throws InterruptedException while waiting for the gateway
   */
  static JDA connect(DiscordSettings settings, String token, Object... listeners) throws InterruptedException {
    JDABuilder builder = JDABuilder.createLight(token, INTENTS)
        .addEventListeners(listeners)
        // The app's own shutdown hook stops JDA after the replies under way; JDA's would cut them off.
        .setEnableShutdownHook(false);
    settings.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url.toString())));
    settings.gatewayUrl().ifPresent(url -> builder
        .setSessionController(new GatewaySessionController(url.toString()))
        .setCompression(Compression.NONE));
    return builder.build().awaitReady();
  }
}
