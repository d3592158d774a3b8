package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import java.util.List;
import java.util.Objects;

/** What is known about a question when it is handed to staff, before the store gives it an id. */
public record NewEscalation(
    ClientRef client,
    Origin origin,
    String question,
    EscalationReason reason,
    boolean urgent,
    List<CandidateRef> candidates) {

  /** Staff get context, not a search result page: the three best entries are enough. */
  public static final int MAX_CANDIDATES = 3;

  public NewEscalation {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(origin, "origin");
    Checks.notBlank(question, "question");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    if (candidates.size() > MAX_CANDIDATES) {
      throw new IllegalArgumentException(
          "at most " + MAX_CANDIDATES + " candidates, got " + candidates.size());
    }
  }

  /** The escalation the assistant decided on, with its urgency and its best candidates. */
  public static NewEscalation of(
      ClientRef client, Origin origin, String question, Reply.Escalate decision) {
    List<CandidateRef> best =
        decision.candidates().stream()
            .limit(MAX_CANDIDATES)
            .map(CandidateRef::of)
            .toList();
    return new NewEscalation(client, origin, question, decision.reason(), decision.urgent(), best);
  }
}
