package com.clinicfaqbot.escalation;

/**
 * The escalation store could not do what was asked. The message is written for a person (it
 * names the file or the escalation), so callers can print it without a stack trace.
 */
public class EscalationException extends RuntimeException {
  public EscalationException(String message) {
    super(message);
  }

  public EscalationException(String message, Throwable cause) {
    super(message, cause);
  }
}
