package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.EscalationReason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored escalation, as read back from the store. Times are whole milliseconds, the store's
 * precision.
 *
 * @param claimedBy the staff member who claimed it, if anyone did
 * @param answer    staff's answer and its delivery, once answered
 * @param closedAt  when it was closed, once closed
 * @param staffRef  the staff-side thread on the chat platform (e.g. a Discord thread id), so a
 *                  thread can be mapped back to its escalation after a restart
 * @param followUps the client's later messages, oldest first
 */
public record Escalation(
    long id,
    ClientRef client,
    Origin origin,
    String question,
    EscalationReason reason,
    boolean urgent,
    List<CandidateRef> candidates,
    Instant createdAt,
    EscalationStatus status,
    Optional<String> claimedBy,
    Optional<StaffAnswer> answer,
    Optional<Instant> closedAt,
    Optional<String> staffRef,
    List<FollowUp> followUps) {

  public Escalation {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claimedBy, "claimedBy");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(closedAt, "closedAt");
    Objects.requireNonNull(staffRef, "staffRef");
    followUps = List.copyOf(followUps);
  }

  /** How staff refer to it: {@code #12}. */
  public String label() {
    return "#" + id;
  }
}
