package com.clinicfaqbot.app;

/** Who is at the terminal, for the {@code --user} and {@code --as} defaults. */
final class OsUser {
  private OsUser() {}

  static String name() {
    String name = System.getProperty("user.name", "");
    return name.isBlank() ? "console" : name.strip();
  }
}
