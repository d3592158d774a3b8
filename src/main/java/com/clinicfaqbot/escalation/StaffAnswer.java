package com.clinicfaqbot.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff's answer to an escalation and how getting it to the client went. An answer that could not
 * be delivered stays here with {@code delivered == false}: it is retried or shown, never dropped.
 *
 * @param staff             who answered, as staff are named on their platform
 * @param text              the answer for the client
 * @param answeredAt        when staff answered
 * @param delivered         whether the client has been shown it
 * @param deliveryAttempts  failed and successful attempts so far
 * @param lastDeliveryError why the last failed attempt failed; cleared once delivered
 */
public record StaffAnswer(
    String staff,
    String text,
    Instant answeredAt,
    boolean delivered,
    int deliveryAttempts,
    Optional<String> lastDeliveryError) {

  public StaffAnswer {
    Objects.requireNonNull(staff, "staff");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(lastDeliveryError, "lastDeliveryError");
    if (deliveryAttempts < 0) {
      throw new IllegalArgumentException("deliveryAttempts must be >= 0, got " + deliveryAttempts);
    }
  }
}
