package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.Sql.query;
import static com.clinicfaqbot.escalation.Sql.update;

import com.clinicfaqbot.assistant.EscalationReason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Maps escalations to and from their three tables. Runs inside the caller's transaction. */
final class EscalationRows {
  private EscalationRows() {}

  /** Inserts the escalation with its candidates; returns its new id. */
  static long insert(Connection connection, NewEscalation escalation, Instant createdAt)
      throws SQLException {
    ClientRef client = escalation.client();
    Origin origin = escalation.origin();
    update(
        connection,
        "INSERT INTO escalation (client_platform, client_user_id, client_name, origin_kind,"
            + " origin_channel_id, origin_message_id, origin_jump_url, question, reason, urgent,"
            + " created_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        client.platform(), client.userId(), client.displayName(), origin.kind().name(),
        origin.channelId(), origin.messageId(), origin.jumpUrl(), escalation.question(),
        escalation.reason().code(), escalation.urgent(), createdAt, EscalationStatus.OPEN.name());
    long id = query(connection, "SELECT last_insert_rowid()", row -> row.getLong(1)).get(0);
    List<CandidateRef> candidates = escalation.candidates();
    for (int rank = 1; rank <= candidates.size(); rank++) {
      CandidateRef candidate = candidates.get(rank - 1);
      update(
          connection,
          "INSERT INTO escalation_candidate (escalation_id, rank, faq_id, confidence)"
              + " VALUES (?, ?, ?, ?)",
          id, rank, candidate.faqId(), candidate.confidence());
    }
    return id;
  }

  static Optional<Escalation> find(Connection connection, long id) throws SQLException {
    return list(connection, "WHERE id = ?", id).stream().findFirst();
  }

  /** Escalations matching {@code clause} (a WHERE and/or ORDER BY with {@code ?} parameters). */
  static List<Escalation> list(Connection connection, String clause, Object... values)
      throws SQLException {
    return query(
        connection, "SELECT * FROM escalation " + clause, row -> read(connection, row), values);
  }

  private static Escalation read(Connection connection, ResultSet row) throws SQLException {
    long id = row.getLong("id");
    return new Escalation(
        id,
        new ClientRef(
            row.getString("client_platform"),
            row.getString("client_user_id"),
            row.getString("client_name")),
        new Origin(
            Origin.Kind.valueOf(row.getString("origin_kind")),
            Sql.optionalString(row, "origin_channel_id"),
            Sql.optionalString(row, "origin_message_id"),
            Sql.optionalString(row, "origin_jump_url")),
        row.getString("question"),
        EscalationReason.fromCode(row.getString("reason")),
        row.getInt("urgent") == 1,
        candidates(connection, id),
        Sql.instant(row, "created_at"),
        EscalationStatus.valueOf(row.getString("status")),
        Sql.optionalString(row, "claimed_by"),
        answer(row),
        Sql.optionalInstant(row, "closed_at"),
        Sql.optionalString(row, "staff_ref"),
        followUps(connection, id));
  }

  private static Optional<StaffAnswer> answer(ResultSet row) throws SQLException {
    if (row.getString("answer") == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StaffAnswer(
            row.getString("answered_by"),
            row.getString("answer"),
            Sql.instant(row, "answered_at"),
            row.getInt("delivered") == 1,
            row.getInt("delivery_attempts"),
            Sql.optionalString(row, "last_delivery_error")));
  }

  private static List<CandidateRef> candidates(Connection connection, long id)
      throws SQLException {
    return query(
        connection,
        "SELECT faq_id, confidence FROM escalation_candidate WHERE escalation_id = ? ORDER BY rank",
        row -> new CandidateRef(row.getString("faq_id"), row.getDouble("confidence")),
        id);
  }

  private static List<FollowUp> followUps(Connection connection, long id) throws SQLException {
    return query(
        connection,
        "SELECT text, created_at FROM escalation_follow_up WHERE escalation_id = ? ORDER BY id",
        row -> new FollowUp(row.getString("text"), Sql.instant(row, "created_at")),
        id);
  }
}
