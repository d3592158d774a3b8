package com.clinicfaqbot.desk;

import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Origin;
import java.util.Objects;

/**
 * One message from a client, wherever it came from.
 *
 * @param client who wrote it
 * @param origin where: the channel and message it can be answered in and linked to
 * @param text   what they wrote, without any mention of the bot
 */
public record Question(ClientRef client, Origin origin, String text) {
  public Question {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(text, "text");
  }
}
