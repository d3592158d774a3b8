package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.Sql.query;
import static com.clinicfaqbot.escalation.Sql.update;

import com.clinicfaqbot.assistant.EscalationReason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

  /**
   * Escalations matching {@code clause} (a WHERE and/or ORDER BY with {@code ?} parameters), in
   * its order. Three queries however many match: the escalations, then all their candidates and
   * all their follow-ups at once, grouped here by escalation id.
   */
  static List<Escalation> list(Connection connection, String clause, Object... values)
      throws SQLException {
    List<Escalation> rows =
        query(connection, "SELECT * FROM escalation " + clause, EscalationRows::read, values);
    if (rows.isEmpty()) {
      return rows;
    }
    // The ids as one JSON array parameter: one statement for any number of them (SQLite allows
    // at most 32,766 bound parameters), and exactly the escalations read above.
    String ids =
        rows.stream().map(e -> Long.toString(e.id())).collect(Collectors.joining(",", "[", "]"));
    Map<Long, List<CandidateRef>> candidates =
        byEscalation(
            connection,
            "SELECT escalation_id, faq_id, confidence FROM escalation_candidate"
                + " WHERE escalation_id IN (SELECT value FROM json_each(?))"
                + " ORDER BY escalation_id, rank",
            row -> new CandidateRef(row.getString("faq_id"), row.getDouble("confidence")),
            ids);
    Map<Long, List<FollowUp>> followUps =
        byEscalation(
            connection,
            "SELECT escalation_id, text, created_at FROM escalation_follow_up"
                + " WHERE escalation_id IN (SELECT value FROM json_each(?))"
                + " ORDER BY escalation_id, id",
            row -> new FollowUp(row.getString("text"), Sql.instant(row, "created_at")),
            ids);
    return rows.stream()
        .map(e -> withChildren(
            e, candidates.getOrDefault(e.id(), List.of()), followUps.getOrDefault(e.id(), List.of())))
        .toList();
  }

  /** One row of a child table, with the escalation it belongs to. */
  private record Child<T>(long escalationId, T value) {}

  /** The query's rows grouped by escalation id, each group in the query's order. */
  private static <T> Map<Long, List<T>> byEscalation(
      Connection connection, String sql, Sql.RowReader<T> reader, Object... values)
      throws SQLException {
    List<Child<T>> rows =
        query(
            connection, sql,
            row -> new Child<>(row.getLong("escalation_id"), reader.read(row)),
            values);
    return rows.stream()
        .collect(Collectors.groupingBy(
            Child::escalationId, Collectors.mapping(Child::value, Collectors.toList())));
  }

  /** The escalation's own row; its candidates and follow-ups are added by {@link #list}. */
  private static Escalation read(ResultSet row) throws SQLException {
    return new Escalation(
        row.getLong("id"),
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
        List.of(),
        Sql.instant(row, "created_at"),
        EscalationStatus.valueOf(row.getString("status")),
        Sql.optionalString(row, "claimed_by"),
        answer(row),
        Sql.optionalInstant(row, "closed_at"),
        Sql.optionalString(row, "staff_ref"),
        List.of());
  }

  private static Escalation withChildren(
      Escalation e, List<CandidateRef> candidates, List<FollowUp> followUps) {
    return new Escalation(
        e.id(), e.client(), e.origin(), e.question(), e.reason(), e.urgent(), candidates,
        e.createdAt(), e.status(), e.claimedBy(), e.answer(), e.closedAt(), e.staffRef(),
        followUps);
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
}
