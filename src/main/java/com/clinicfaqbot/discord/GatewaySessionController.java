package com.clinicfaqbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects to the gateway at {@code discord.gatewayUrl} (a proxy, or the end-to-end tests' fake
 * Discord) instead of Discord's own, keeping JDA's spacing between IDENTIFYs.
 */
final class GatewaySessionController extends SessionControllerAdapter {
  private final String gatewayUrl;

  GatewaySessionController(String gatewayUrl) {
    this.gatewayUrl = Objects.requireNonNull(gatewayUrl, "gatewayUrl");
  }

  @Override
  public String getGateway() {
    return gatewayUrl;
  }
}
