package com.clinicfaqbot.escalation;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one of {@link Database}'s transactions. */
@FunctionalInterface
interface SqlWork<T> {
  T run(Connection connection) throws SQLException;
}
