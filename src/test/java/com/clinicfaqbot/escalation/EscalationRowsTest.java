package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EscalationRowsTest {
  @TempDir Path folder;
  private final MutableClock clock = MutableClock.at("2026-11-21T09:00:00.123Z");
  private Database database;
  private EscalationStore store;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("escalations.db"));
    store = new EscalationStore(database, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("Listing escalations takes three queries however many there are, and one when there are none")
  void constantNumberOfQueries() {
    // GIVEN no escalation, then one, then twenty, each with candidates and a follow-up
    assertEquals(new Listed(0, 1), listAll());
    addWithFollowUp(1);
    assertEquals(new Listed(1, 3), listAll());

    // WHEN nineteen more are added
    for (int n = 2; n <= 20; n++) {
      addWithFollowUp(n);
    }

    // THEN listing them all still takes three queries
    assertEquals(new Listed(20, 3), listAll());
  }

  private void addWithFollowUp(int n) {
    Escalation escalation = store.create(TestEscalations.full(n));
    store.appendFollowUp(escalation.id(), "still there? " + n);
  }

  /** How many escalations a listing returned, and how many statements it prepared. */
  private record Listed(int escalations, int statements) {}

  private Listed listAll() {
    AtomicInteger statements = new AtomicInteger();
    int escalations =
        database.read(c -> EscalationRows.list(counting(c, statements), "ORDER BY id")).size();
    return new Listed(escalations, statements.get());
  }

  /** {@code connection}, counting the statements prepared through it. */
  private static Connection counting(Connection connection, AtomicInteger statements) {
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().startsWith("prepare")) {
            statements.incrementAndGet();
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
