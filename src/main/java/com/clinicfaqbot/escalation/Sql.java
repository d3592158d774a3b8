package com.clinicfaqbot.escalation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC conversions shared by the store's classes: times, optional values, parameters. */
final class Sql {
  private Sql() {}

  /** Times are stored as epoch milliseconds; truncate here so what is read back equals it. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  static Optional<String> optionalString(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    return Instant.ofEpochMilli(row.getLong(column));
  }

  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  /** Binds each value in order, from parameter 1. */
  static PreparedStatement bind(PreparedStatement statement, Object... values)
      throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value instanceof Instant instant) {
        statement.setLong(i + 1, instant.toEpochMilli());
      } else if (value instanceof Boolean flag) {
        statement.setInt(i + 1, flag ? 1 : 0);
      } else if (value instanceof Optional<?> optional) {
        statement.setObject(i + 1, optional.orElse(null));
      } else {
        statement.setObject(i + 1, value);
      }
    }
    return statement;
  }

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Runs a query with {@code values} bound and reads every row. */
  static <T> List<T> query(
      Connection connection, String sql, RowReader<T> reader, Object... values)
      throws SQLException {
    List<T> results = new ArrayList<>();
    try (PreparedStatement query = bind(connection.prepareStatement(sql), values);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        results.add(reader.read(rows));
      }
    }
    return results;
  }

  /** Runs an INSERT, UPDATE or DELETE with {@code values} bound; returns the rows it changed. */
  static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = bind(connection.prepareStatement(sql), values)) {
      return statement.executeUpdate();
    }
  }
}
