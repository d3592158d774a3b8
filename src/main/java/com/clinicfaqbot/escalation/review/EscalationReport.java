package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.Decision;
import com.clinicfaqbot.escalation.DecisionOutcome;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.StaffAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in a period: how the assistant decided, why questions went to staff, which
 * questions keep coming back (content gaps), and how fast staff answered.
 *
 * @param byOutcome          decisions per outcome, from the decision log
 * @param byReason           escalations per reason, from the stored escalations (the durable
 *                           record, even where a decision was not logged)
 * @param contentGaps        escalated questions grouped by similarity, largest group first
 * @param medianTimeToAnswer from an escalation's creation to staff's answer, over those answered
 */
public record EscalationReport(
    Instant from,
    Instant to,
    Map<DecisionOutcome, Integer> byOutcome,
    Map<EscalationReason, Integer> byReason,
    List<QuestionGroup> contentGaps,
    Optional<Duration> medianTimeToAnswer) {

  public EscalationReport {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    byOutcome = Counts.copy(DecisionOutcome.class, byOutcome);
    byReason = Counts.copy(EscalationReason.class, byReason);
    contentGaps = List.copyOf(contentGaps);
    Objects.requireNonNull(medianTimeToAnswer, "medianTimeToAnswer");
  }

  /** The report over the period's decisions and escalations; every outcome and reason counted. */
  public static EscalationReport of(
      Instant from,
      Instant to,
      List<Decision> decisions,
      List<Escalation> escalations,
      QuestionGrouper grouper) {
    return new EscalationReport(
        from,
        to,
        Counts.tally(DecisionOutcome.class, decisions.stream().map(Decision::outcome)),
        Counts.tally(EscalationReason.class, escalations.stream().map(Escalation::reason)),
        grouper.group(escalations),
        median(
            escalations.stream()
                .flatMap(e -> e.answer().map(StaffAnswer::answeredAt)
                    .map(answeredAt -> Duration.between(e.createdAt(), answeredAt))
                    .stream())
                .sorted()
                .toList()));
  }

  /** The middle of sorted durations; with an even count, halfway between the two middle ones. */
  static Optional<Duration> median(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    if (n % 2 == 1) {
      return Optional.of(sorted.get(n / 2));
    }
    return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
  }
}
