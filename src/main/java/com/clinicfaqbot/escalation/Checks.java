package com.clinicfaqbot.escalation;

import java.util.Objects;

/** Argument checks shared by this package's records, so each boundary says the same thing. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
