package com.clinicfaqbot.escalation;

import java.time.Instant;
import java.util.Objects;

/** A message the client sent while their escalation was waiting for staff. */
public record FollowUp(String text, Instant at) {
  public FollowUp {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }
}
