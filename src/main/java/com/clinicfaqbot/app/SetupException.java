package com.clinicfaqbot.app;

/** Something a command needs before it can start is missing or broken, e.g. the database file. */
final class SetupException extends RuntimeException {
  SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
