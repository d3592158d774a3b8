package com.clinicfaqbot.escalation;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the client asked, so staff can look at the conversation and the answer can go back there.
 *
 * @param kind      a public channel, a direct message, or the console
 * @param channelId the platform's channel id, where there is one
 * @param messageId the client's message, where known
 * @param jumpUrl   a link that opens the client's message, where the platform has one
 */
public record Origin(
    Kind kind, Optional<String> channelId, Optional<String> messageId, Optional<String> jumpUrl) {

  /** The kinds of place a question can come from. */
  public enum Kind {
    CHANNEL,
    DM,
    CONSOLE
  }

  public Origin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(jumpUrl, "jumpUrl");
  }

  public static Origin console() {
    return new Origin(Kind.CONSOLE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static Origin directMessage(String channelId, String messageId) {
    return new Origin(Kind.DM, Optional.of(channelId), Optional.of(messageId), Optional.empty());
  }

  public static Origin channel(String channelId, String messageId, String jumpUrl) {
    return new Origin(
        Kind.CHANNEL, Optional.of(channelId), Optional.of(messageId), Optional.of(jumpUrl));
  }
}
