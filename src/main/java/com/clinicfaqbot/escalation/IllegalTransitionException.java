package com.clinicfaqbot.escalation;

import java.util.Optional;

/**
 * An action the escalation's current status does not allow, e.g. a second staff member answering
 * after the first. The message names the escalation, its status, the action and, where there is
 * one, who holds it: "cannot answer escalation #12: it is ANSWERED (answered by Dana)".
 */
public final class IllegalTransitionException extends EscalationException {
  private final long escalationId;
  private final EscalationStatus status;
  private final EscalationAction action;
  private final Optional<String> heldBy;

  private IllegalTransitionException(
      long escalationId,
      EscalationStatus status,
      EscalationAction action,
      Optional<String> heldBy,
      String detail) {
    super("cannot " + action.verb() + " escalation #" + escalationId + ": it is " + status + detail);
    this.escalationId = escalationId;
    this.status = status;
    this.action = action;
    this.heldBy = heldBy;
  }

  /** Refuses {@code action} on {@code current}, naming whoever answered or claimed it. */
  static IllegalTransitionException refuse(Escalation current, EscalationAction action) {
    Optional<String> answeredBy = current.answer().map(StaffAnswer::staff);
    Optional<String> heldBy = answeredBy.or(current::claimedBy);
    String role = answeredBy.isPresent() ? "answered" : "claimed";
    String detail = heldBy.map(who -> " (" + role + " by " + who + ")").orElse("");
    return new IllegalTransitionException(
        current.id(), current.status(), action, heldBy, detail);
  }

  public long escalationId() {
    return escalationId;
  }

  public EscalationStatus status() {
    return status;
  }

  public EscalationAction action() {
    return action;
  }

  /** The staff member who answered it, or else who claimed it, if anyone. */
  public Optional<String> heldBy() {
    return heldBy;
  }
}
