package com.clinicfaqbot.escalation;

import java.util.Objects;

/**
 * The client an escalation belongs to.
 *
 * @param platform    where they talk to the bot, e.g. {@code "console"} or {@code "discord"}
 * @param userId      their id on that platform; with the platform, the key for "forget me"
 * @param displayName the name staff see; may change, so it is never used as a key
 */
public record ClientRef(String platform, String userId, String displayName) {
  public ClientRef {
    Checks.notBlank(platform, "platform");
    Checks.notBlank(userId, "userId");
    Objects.requireNonNull(displayName, "displayName");
  }
}
