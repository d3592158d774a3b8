package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One decision of the assistant, for reports. Deliberately without the client's message: text is
 * kept only in escalations, where staff need it.
 *
 * @param faqId  the entry the decision points at: the answer's, or the best candidate's
 * @param reason why it escalated, for escalations
 */
public record Decision(
    Instant at,
    String platform,
    String userId,
    DecisionOutcome outcome,
    Optional<String> faqId,
    Optional<EscalationReason> reason) {

  public Decision {
    Objects.requireNonNull(at, "at");
    Checks.notBlank(platform, "platform");
    Checks.notBlank(userId, "userId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(faqId, "faqId");
    Objects.requireNonNull(reason, "reason");
  }

  /** The decision {@code reply} stands for. */
  public static Decision of(Instant at, String platform, String userId, Reply reply) {
    DecisionOutcome outcome = DecisionOutcome.fromCode(reply.outcome());
    if (reply instanceof Reply.Answer answer) {
      return new Decision(
          at, platform, userId, outcome, Optional.of(answer.entry().id()), Optional.empty());
    } else if (reply instanceof Reply.Clarify clarify) {
      return new Decision(
          at, platform, userId, outcome, best(clarify.candidates()), Optional.empty());
    } else if (reply instanceof Reply.Escalate escalate) {
      return new Decision(
          at, platform, userId, outcome, best(escalate.candidates()),
          Optional.of(escalate.reason()));
    } else if (reply instanceof Reply.SmallTalk) {
      return new Decision(at, platform, userId, outcome, Optional.empty(), Optional.empty());
    }
    throw new IllegalArgumentException("unknown reply: " + reply);
  }

  private static Optional<String> best(List<Candidate> candidates) {
    return candidates.stream().findFirst().map(Candidate::faqId);
  }
}
