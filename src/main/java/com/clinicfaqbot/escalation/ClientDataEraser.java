package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.Sql.update;

import java.util.Objects;

/**
 * Forgets a client on request: deletes everything stored about them, across the escalation
 * queue, the decision log and feedback, in one transaction, so nothing is half-forgotten.
 */
public final class ClientDataEraser {
  private static final String CLIENTS_ESCALATIONS =
      "SELECT id FROM escalation WHERE client_platform = ? AND client_user_id = ?";

  private final Database database;

  public ClientDataEraser(Database database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  public ForgetResult forgetClient(String platform, String userId) {
    Checks.notBlank(platform, "platform");
    Checks.notBlank(userId, "userId");
    return database.write(
        c -> {
          // Deleted here rather than by the cascade, so that they can be counted.
          int followUps =
              update(
                  c,
                  "DELETE FROM escalation_follow_up WHERE escalation_id IN ("
                      + CLIENTS_ESCALATIONS + ")",
                  platform, userId);
          update(
              c,
              "DELETE FROM escalation_candidate WHERE escalation_id IN ("
                  + CLIENTS_ESCALATIONS + ")",
              platform, userId);
          int escalations =
              update(
                  c,
                  "DELETE FROM escalation WHERE client_platform = ? AND client_user_id = ?",
                  platform, userId);
          int decisions =
              update(c, "DELETE FROM decision WHERE platform = ? AND user_id = ?", platform, userId);
          int feedback =
              update(c, "DELETE FROM feedback WHERE platform = ? AND user_id = ?", platform, userId);
          return new ForgetResult(escalations, followUps, decisions, feedback);
        });
  }
}
