package com.clinicfaqbot.escalation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What can be done to an escalation, and from which statuses. This table is the lifecycle: the
 * store's compare-and-set updates take their {@code WHERE status IN (…)} from it.
 */
public enum EscalationAction {
  CLAIM("claim", EscalationStatus.OPEN),
  /** Answering without claiming first is allowed: one click for staff. */
  ANSWER("answer", EscalationStatus.OPEN, EscalationStatus.CLAIMED),
  CLOSE("close", EscalationStatus.OPEN, EscalationStatus.CLAIMED, EscalationStatus.ANSWERED),
  /** A client's later message joins the escalation only while staff have not answered yet. */
  FOLLOW_UP("add a follow-up to", EscalationStatus.OPEN, EscalationStatus.CLAIMED);

  private final String verb;
  private final Set<EscalationStatus> allowedFrom;

  EscalationAction(String verb, EscalationStatus first, EscalationStatus... rest) {
    this.verb = verb;
    this.allowedFrom = EnumSet.of(first, rest);
  }

  /** How the action reads in a sentence: "cannot {verb} escalation #12". */
  public String verb() {
    return verb;
  }

  public boolean allowedFrom(EscalationStatus status) {
    return allowedFrom.contains(status);
  }

  /** {@code 'OPEN','CLAIMED'}: built from enum names only, so safe to put into SQL text. */
  String sqlStatusList() {
    return allowedFrom.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
  }
}
