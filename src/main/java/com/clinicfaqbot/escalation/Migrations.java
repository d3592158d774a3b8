package com.clinicfaqbot.escalation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The schema as versioned SQL scripts ({@code db/migration/V1__init.sql}, {@code V2__…}), applied
 * in order, each once per database file, recorded in {@code schema_version} with a checksum.
 *
 * <p>A small migrator rather than Flyway: Flyway 11 would work (its SQLite support is in
 * flyway-core) but added about half a second to every cold start, against about 10 ms here.
 */
final class Migrations {
  /**
   * Every bundled script, in order. A classpath folder cannot be listed portably inside a jar, so
   * a new script is named here too; a test checks this list against the folder.
   */
  static final List<String> BUNDLED = List.of("V1__init.sql", "V2__decision_log.sql");

  static final String FOLDER = "db/migration/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

  private final List<Script> scripts;

  private Migrations(List<Script> scripts) {
    this.scripts = List.copyOf(scripts);
  }

  static Migrations bundled() {
    return of(BUNDLED);
  }

  /** The named scripts from {@link #FOLDER}; their versions must run 1, 2, 3… with no gap. */
  static Migrations of(List<String> names) {
    List<Script> scripts = names.stream().map(Script::load).toList();
    for (int i = 0; i < scripts.size(); i++) {
      if (scripts.get(i).version() != i + 1) {
        throw new IllegalStateException(
            "migration " + scripts.get(i).name() + " should be version " + (i + 1));
      }
    }
    return new Migrations(scripts);
  }

  int latestVersion() {
    return scripts.size();
  }

  /**
   * Brings the schema up to date. Runs inside one write transaction, so two processes opening a
   * new file at once do not both migrate: the second waits, then finds the work done.
   *
   * @return the schema version now
   */
  int apply(Connection connection, Path file) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // The migrator's own bookkeeping is the one table no script can create.
      statement.executeUpdate(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + " version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
              + " checksum INTEGER NOT NULL, applied_at INTEGER NOT NULL)");
    }
    Map<Integer, Long> applied = appliedChecksums(connection);
    int newest = applied.keySet().stream().max(Integer::compare).orElse(0);
    if (newest > latestVersion()) {
      throw new SQLException(
          "its schema is version " + newest + " but this program knows only up to version "
              + latestVersion() + "; run a newer version of the program");
    }
    for (Script script : scripts) {
      Long checksum = applied.get(script.version());
      if (checksum == null) {
        run(connection, script);
      } else if (checksum != script.checksum()) {
        throw new SQLException(
            "migration " + script.name() + " was changed after it was applied to " + file
                + "; add a new migration instead of editing an applied one");
      }
    }
    return latestVersion();
  }

  private static Map<Integer, Long> appliedChecksums(Connection connection) throws SQLException {
    Map<Integer, Long> applied = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_version")) {
      while (rows.next()) {
        applied.put(rows.getInt("version"), rows.getLong("checksum"));
      }
    }
    return applied;
  }

  private static void run(Connection connection, Script script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(script.sql()); // SQLite runs every statement of the script
    } catch (SQLException e) {
      throw new SQLException("migration " + script.name() + " failed: " + e.getMessage(), e);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, script, checksum, applied_at)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setInt(1, script.version());
      insert.setString(2, script.name());
      insert.setLong(3, script.checksum());
      insert.setLong(4, System.currentTimeMillis());
      insert.executeUpdate();
    }
  }

  /** One script, read from the classpath. */
  record Script(int version, String name, String sql) {
    static Script load(String name) {
      Matcher matcher = NAME.matcher(name);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("migration name must look like V1__init.sql: " + name);
      }
      String resource = FOLDER + name;
      try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("migration missing from the classpath: " + resource);
        }
        return new Script(
            Integer.parseInt(matcher.group(1)), name,
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration " + resource, e);
      }
    }

    /** Line endings do not count: a checkout on Windows must not look like an edited script. */
    long checksum() {
      CRC32 crc = new CRC32();
      crc.update(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
      return crc.getValue();
    }
  }
}
