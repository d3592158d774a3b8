package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatabaseTest {
  @TempDir Path folder;

  @Test
  @DisplayName("Opening a file in folders that do not exist yet creates them and the schema")
  void createsFoldersAndSchema() {
    // GIVEN a path two folders deep that does not exist
    Path file = folder.resolve("data/clinic/escalations.db");

    // WHEN it is opened
    try (Database database = Database.open(file)) {
      // THEN the file exists, with every migration applied and the tables usable
      assertTrue(Files.isRegularFile(file));
      assertEquals(List.of(1, 2), appliedVersions(database));
      assertEquals(0, count(database, "escalation"));
      assertEquals(0, count(database, "decision"));
    }
  }

  @Test
  @DisplayName("The file is in WAL mode with fsync on every commit and waits for another process's lock")
  void durableSettings() {
    try (Database database = Database.open(folder.resolve("e.db"))) {
      assertEquals("wal", pragma(database, "journal_mode"));
      assertEquals("2", pragma(database, "synchronous")); // 2 = FULL
      assertEquals("10000", pragma(database, "busy_timeout"));
      assertEquals("1", pragma(database, "foreign_keys"));
    }
  }

  @Test
  @DisplayName("Opening the file again applies no migration twice")
  void reopeningKeepsVersions() {
    Path file = folder.resolve("e.db");
    Database.open(file).close();

    try (Database database = Database.open(file)) {
      assertEquals(List.of(1, 2), appliedVersions(database));
    }
  }

  @Test
  @DisplayName("A file at version 1 is migrated to version 2 and keeps its rows")
  void migratesOlderFile() {
    // GIVEN a file made by a program that knew only V1, with an escalation in it
    Path file = folder.resolve("e.db");
    try (Database old = Database.open(file, Migrations.of(List.of("V1__init.sql")))) {
      old.write(
          c -> Sql.update(
              c,
              "INSERT INTO escalation (client_platform, client_user_id, client_name, origin_kind,"
                  + " question, reason, urgent, created_at, status)"
                  + " VALUES ('console', 'c1', 'C', 'CONSOLE', 'q?', 'no-match', 0, 0, 'OPEN')"));
      assertEquals(List.of(1), appliedVersions(old));
    }

    // WHEN the current program opens it
    try (Database current = Database.open(file)) {
      // THEN V2 is applied and the escalation is still there
      assertEquals(List.of(1, 2), appliedVersions(current));
      assertEquals(1, count(current, "escalation"));
      assertEquals(0, count(current, "decision"));
    }
  }

  @Test
  @DisplayName("A file from a newer program is refused, naming the file and both versions")
  void refusesNewerSchema() {
    // GIVEN a file at version 2
    Path file = folder.resolve("e.db");
    Database.open(file).close();

    // WHEN a program that knows only version 1 opens it
    EscalationException refused =
        assertThrows(
            EscalationException.class,
            () -> Database.open(file, Migrations.of(List.of("V1__init.sql"))));

    // THEN it is refused, saying why
    assertEquals(
        "cannot open escalation database " + file + ": its schema is version 2 but this program"
            + " knows only up to version 1; run a newer version of the program",
        refused.getMessage());
  }

  @Test
  @DisplayName("A migration edited after it was applied is refused by name")
  void refusesEditedMigration() {
    // GIVEN a file whose V1 checksum does not match the script any more
    Path file = folder.resolve("e.db");
    try (Database database = Database.open(file)) {
      database.write(
          c -> Sql.update(c, "UPDATE schema_version SET checksum = 1 WHERE version = 1"));
    }

    // WHEN it is opened
    EscalationException refused = assertThrows(EscalationException.class, () -> Database.open(file));

    // THEN the edited script is named
    assertTrue(
        refused.getMessage().contains("migration V1__init.sql was changed after it was applied"),
        refused.getMessage());
  }

  @Test
  @DisplayName("A file that is not a database is refused with its path and SQLite's reason")
  void refusesNonDatabase() throws IOException {
    // GIVEN a text file
    Path file = folder.resolve("notes.db");
    Files.writeString(file, "this is not a database, just some notes that are long enough");

    // WHEN it is opened
    EscalationException refused = assertThrows(EscalationException.class, () -> Database.open(file));

    // THEN the message names the path and the cause
    assertTrue(
        refused.getMessage().startsWith("cannot open escalation database " + file + ": "),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("not a database"), refused.getMessage());
  }

  @Test
  @DisplayName("A path under a file is refused, saying the parent is not a folder")
  void refusesParentThatIsAFile() throws IOException {
    // GIVEN a file where the database's folder should be
    Path parent = Files.writeString(folder.resolve("data"), "x");
    Path file = parent.resolve("e.db");

    // WHEN the database is opened there
    EscalationException refused = assertThrows(EscalationException.class, () -> Database.open(file));

    // THEN the message says so
    assertEquals(
        "cannot open escalation database " + file + ": " + parent + " is a file, not a folder",
        refused.getMessage());
  }

  @Test
  @DisplayName("Every script in db/migration is listed in Migrations.BUNDLED, in version order")
  void bundledListMatchesFolder() throws IOException, URISyntaxException {
    Path scripts =
        Path.of(getClass().getClassLoader().getResource(Migrations.FOLDER).toURI());
    try (Stream<Path> files = Files.list(scripts)) {
      List<String> names =
          files.map(p -> p.getFileName().toString())
              .sorted((a, b) -> Integer.compare(version(a), version(b)))
              .toList();
      assertEquals(names, Migrations.BUNDLED);
    }
  }

  private static int version(String scriptName) {
    return Integer.parseInt(scriptName.substring(1, scriptName.indexOf("__")));
  }

  private static List<Integer> appliedVersions(Database database) {
    return database.read(
        c -> Sql.query(c, "SELECT version FROM schema_version ORDER BY version",
            row -> row.getInt(1)));
  }

  private static int count(Database database, String table) {
    return database.read(
        c -> Sql.query(c, "SELECT count(*) FROM " + table, row -> row.getInt(1)).get(0));
  }

  private static String pragma(Database database, String name) {
    return database.read(c -> Sql.query(c, "PRAGMA " + name, row -> row.getString(1)).get(0));
  }
}
