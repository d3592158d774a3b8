package com.clinicfaqbot.desk;

import java.util.Objects;

/**
 * The outcome of a client's message, and whether it was the first message from this client the
 * bot has on record (the surface then says once what the bot is, and what it is not).
 */
public record DeskReply(DeskOutcome outcome, boolean firstContact) {
  public DeskReply {
    Objects.requireNonNull(outcome, "outcome");
  }
}
