package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.EscalationStore;
import java.time.Instant;
import java.util.Objects;

/** Builds {@link EscalationReport}s from the store and the decision log. */
public final class EscalationReporter {
  private final EscalationStore store;
  private final DecisionLog decisions;
  private final QuestionGrouper grouper;

  public EscalationReporter(EscalationStore store, DecisionLog decisions, QuestionGrouper grouper) {
    this.store = Objects.requireNonNull(store, "store");
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.grouper = Objects.requireNonNull(grouper, "grouper");
  }

  /** The report for {@code [from, to)}. */
  public EscalationReport report(Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("the period must start before it ends: " + from + " to " + to);
    }
    return EscalationReport.of(
        from, to, decisions.decisionsBetween(from, to), store.createdBetween(from, to), grouper);
  }
}
