package com.clinicfaqbot.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code discord:} — where the bot listens and where staff work. The token is never here: it comes
 * from the {@code DISCORD_TOKEN} environment variable.
 *
 * @param restBaseUrl for proxies and tests, e.g. {@code http://127.0.0.1:8080/api/v10/}
 * @param gatewayUrl  for proxies and tests, e.g. {@code ws://127.0.0.1:8081}
 */
public record DiscordSettings(
    String guildId,
    List<String> askChannelIds,
    String staffChannelId,
    String staffRoleId,
    Optional<URI> restBaseUrl,
    Optional<URI> gatewayUrl) {

  public DiscordSettings {
    Objects.requireNonNull(guildId, "discord.guildId");
    askChannelIds = List.copyOf(askChannelIds);
    Objects.requireNonNull(staffChannelId, "discord.staffChannelId");
    Objects.requireNonNull(staffRoleId, "discord.staffRoleId");
    Objects.requireNonNull(restBaseUrl, "discord.restBaseUrl");
    Objects.requireNonNull(gatewayUrl, "discord.gatewayUrl");
  }
}
