package com.clinicfaqbot.escalation;

/** No escalation has the given id (it never existed, or its client was forgotten). */
public final class UnknownEscalationException extends EscalationException {
  private final long escalationId;

  public UnknownEscalationException(long escalationId) {
    super("escalation #" + escalationId + " does not exist");
    this.escalationId = escalationId;
  }

  public long escalationId() {
    return escalationId;
  }
}
