package com.clinicfaqbot.app;

import com.clinicfaqbot.config.StoreSettings;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.EscalationStore;
import java.time.Clock;

/** The escalation database and the services over it, open for one command's run. */
final class Stores implements AutoCloseable {
  private final Database database;
  private final EscalationStore escalations;
  private final DecisionLog decisions;

  private Stores(Database database, Clock clock) {
    this.database = database;
    this.escalations = new EscalationStore(database, clock);
    this.decisions = new DecisionLog(database, clock);
  }

  /** @throws SetupException naming the file and why it cannot be opened */
  static Stores open(StoreSettings settings, Clock clock) {
    try {
      return new Stores(Database.open(settings.path()), clock);
    } catch (EscalationException e) {
      throw new SetupException(e.getMessage(), e);
    }
  }

  EscalationStore escalations() {
    return escalations;
  }

  DecisionLog decisions() {
    return decisions;
  }

  Database database() {
    return database;
  }

  @Override
  public void close() {
    database.close();
  }
}
