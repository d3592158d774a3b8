package com.clinicfaqbot.escalation;

/** Where an escalation is in its life. Which actions each status allows: {@link EscalationAction}. */
public enum EscalationStatus {
  /** Waiting for staff. */
  OPEN,
  /** A staff member said they are on it. */
  CLAIMED,
  /** Staff wrote an answer; it may or may not have reached the client yet. */
  ANSWERED,
  /** Done: answered and finished with, or dismissed as spam or a duplicate. */
  CLOSED
}
