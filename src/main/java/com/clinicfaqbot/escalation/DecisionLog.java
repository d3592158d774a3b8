package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.Sql.query;
import static com.clinicfaqbot.escalation.Sql.update;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The assistant's decisions and the clients' feedback, kept for reports. */
public final class DecisionLog {
  private final Database database;
  private final Clock clock;

  public DecisionLog(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Records what the assistant replied to this client, now. */
  public Decision record(String platform, String userId, Reply reply) {
    Decision decision = Decision.of(Sql.now(clock), platform, userId, reply);
    database.write(
        c -> update(
            c,
            "INSERT INTO decision (decided_at, platform, user_id, outcome, faq_id, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?)",
            decision.at(), decision.platform(), decision.userId(), decision.outcome().code(),
            decision.faqId(), decision.reason().map(EscalationReason::code)));
    return decision;
  }

  /**
   * Whether anything the assistant decided for this client is on record: a client without any is
   * talking to the bot for the first time (or since they asked to be forgotten).
   */
  public boolean hasDecisions(String platform, String userId) {
    return database.read(
        c -> !query(
                c,
                "SELECT 1 FROM decision WHERE platform = ? AND user_id = ? LIMIT 1",
                row -> 1,
                platform, userId)
            .isEmpty());
  }

  /** Records a client's "helpful" or "not helpful" on an FAQ answer, now. */
  public Feedback recordFeedback(String platform, String userId, String faqId, boolean helpful) {
    Feedback feedback = new Feedback(Sql.now(clock), platform, userId, faqId, helpful);
    database.write(
        c -> update(
            c,
            "INSERT INTO feedback (given_at, platform, user_id, faq_id, helpful)"
                + " VALUES (?, ?, ?, ?, ?)",
            feedback.at(), platform, userId, faqId, helpful));
    return feedback;
  }

  /** Decisions made in {@code [from, to)}, oldest first. */
  public List<Decision> decisionsBetween(Instant from, Instant to) {
    return database.read(
        c -> query(
            c,
            "SELECT * FROM decision WHERE decided_at >= ? AND decided_at < ?"
                + " ORDER BY decided_at, id",
            row -> new Decision(
                Sql.instant(row, "decided_at"),
                row.getString("platform"),
                row.getString("user_id"),
                DecisionOutcome.fromCode(row.getString("outcome")),
                Sql.optionalString(row, "faq_id"),
                Sql.optionalString(row, "reason").map(EscalationReason::fromCode)),
            from, to));
  }

  /** Feedback given in {@code [from, to)}, oldest first. */
  public List<Feedback> feedbackBetween(Instant from, Instant to) {
    return database.read(
        c -> query(
            c,
            "SELECT * FROM feedback WHERE given_at >= ? AND given_at < ? ORDER BY given_at, id",
            row -> new Feedback(
                Sql.instant(row, "given_at"),
                row.getString("platform"),
                row.getString("user_id"),
                row.getString("faq_id"),
                row.getInt("helpful") == 1),
            from, to));
  }
}
