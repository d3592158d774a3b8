package com.clinicfaqbot.assistant;

import java.util.Arrays;

/** Why a question goes to a person rather than to an FAQ entry. */
public enum EscalationReason {
  /** A client describing a problem after a treatment. */
  COMPLICATION("complication", true),
  /** A client's own medical situation before a treatment. */
  MEDICAL_HISTORY("medical-history", true),
  /** A question about a treatment the FAQ does not cover (Botox, peels, laser hair removal…). */
  OTHER_TREATMENT("other-treatment", false),
  /** Prices, booking, hours, location, payment: facts the FAQ deliberately does not hold. */
  BUSINESS("business", false),
  /** The client asked for a person. */
  HUMAN_REQUESTED("human-requested", false),
  /** Nothing in the FAQ matches well enough to answer safely. */
  NO_MATCH("no-match", false);

  private final String code;
  private final boolean urgent;

  EscalationReason(String code, boolean urgent) {
    this.code = code;
    this.urgent = urgent;
  }

  /** The stable, kebab-case name used in JSON, the store and reports. */
  public String code() {
    return code;
  }

  /** Urgent escalations are about a client's health: staff see them first. */
  public boolean urgent() {
    return urgent;
  }

  public static EscalationReason fromCode(String code) {
    return Arrays.stream(values())
        .filter(r -> r.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown escalation reason: " + code));
  }
}
