package com.clinicfaqbot.escalation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The escalation database: one SQLite file, opened with its schema migrated, shared safely by
 * several processes (a client console and a staff console in two terminals).
 *
 * <p>Durability: WAL journal with {@code synchronous=FULL}, so a write that returned has been
 * fsynced and survives a killed process or a power cut. Every write runs in a transaction that
 * takes SQLite's write lock up front; a process that finds the lock taken waits up to the busy
 * timeout instead of failing.
 */
public final class Database implements AutoCloseable {
  /** Long enough to wait out another process's write; writes here take milliseconds. */
  private static final int BUSY_TIMEOUT_MILLIS = 10_000;

  private final Path file;
  private final Connection connection;
  // One connection, used by one thread at a time: JDBC connections are not meant to be shared.
  private final ReentrantLock lock = new ReentrantLock();

  private Database(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /**
   * Opens (creating it and its folders if needed) and migrates the database file.
   *
   * @throws EscalationException naming the file and the cause, e.g. a folder that cannot be
   *     created, a file that is not a database, or a schema newer than this program
   */
  public static Database open(Path file) {
    return open(file, Migrations.bundled());
  }

  static Database open(Path file, Migrations migrations) {
    Path absolute = file.toAbsolutePath().normalize();
    Connection connection = null;
    try {
      createParentFolders(absolute);
      connection = config().createConnection("jdbc:sqlite:" + absolute);
      Database database = new Database(absolute, connection);
      database.transaction("BEGIN IMMEDIATE", c -> migrations.apply(c, absolute));
      return database;
    } catch (IOException | SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      throw new EscalationException(
          "cannot open escalation database " + absolute + ": " + describe(e), e);
    }
  }

  private static SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    return config;
  }

  private static void createParentFolders(Path file) throws IOException {
    Path parent = file.getParent();
    if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
      throw new IOException(parent + " is a file, not a folder");
    }
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private static String describe(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  public Path file() {
    return file;
  }

  /** Runs {@code work} in a write transaction: all of it is committed, or none of it. */
  <T> T write(SqlWork<T> work) {
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  /** Runs {@code work} in a read transaction: it sees one consistent snapshot of the file. */
  <T> T read(SqlWork<T> work) {
    return inTransaction("BEGIN DEFERRED", work);
  }

  private <T> T inTransaction(String begin, SqlWork<T> work) {
    try {
      return transaction(begin, work);
    } catch (SQLException e) {
      throw new EscalationException("escalation database " + file + ": " + describe(e), e);
    }
  }

  /*
   * Transactions are begun and ended with plain statements in auto-commit mode: sqlite-jdbc's
   * commit() at once begins the next transaction, which could fail after a successful commit.
   */
  private <T> T transaction(String begin, SqlWork<T> work) throws SQLException {
    lock.lock();
    try (Statement control = connection.createStatement()) {
      control.execute(begin);
      try {
        T result = work.run(connection);
        control.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(control, e);
        throw e;
      }
    } finally {
      lock.unlock();
    }
  }

  private static void rollbackQuietly(Statement control, Exception cause) {
    try {
      control.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e); // e.g. SQLite already rolled back on its own
    }
  }

  private static void closeQuietly(Connection connection, Exception cause) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new EscalationException("cannot close escalation database " + file + ": " + describe(e), e);
    } finally {
      lock.unlock();
    }
  }
}
