package com.clinicfaqbot.escalation;

import java.time.Instant;
import java.util.Objects;

/** A client's verdict on an FAQ answer they were given. */
public record Feedback(Instant at, String platform, String userId, String faqId, boolean helpful) {
  public Feedback {
    Objects.requireNonNull(at, "at");
    Checks.notBlank(platform, "platform");
    Checks.notBlank(userId, "userId");
    Checks.notBlank(faqId, "faqId");
  }
}
