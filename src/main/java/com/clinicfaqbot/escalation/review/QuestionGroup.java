package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Escalated questions that say nearly the same thing: a gap the FAQ might fill.
 *
 * @param representative the first question of the group, as the client wrote it
 * @param escalationIds  every escalation in the group, oldest first
 * @param reasons        how often each reason sent these questions to staff
 */
public record QuestionGroup(
    String representative, List<Long> escalationIds, Map<EscalationReason, Integer> reasons) {

  public QuestionGroup {
    Objects.requireNonNull(representative, "representative");
    escalationIds = List.copyOf(escalationIds);
    reasons = Counts.copy(EscalationReason.class, reasons);
  }

  public int count() {
    return escalationIds.size();
  }
}
