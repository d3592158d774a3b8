package com.clinicfaqbot.desk;

/** Client and staff text squeezed onto one line of a table or a message. */
public final class OneLine {
  private OneLine() {}

  /** Line breaks and tabs as single spaces: they would break a table's columns. */
  public static String of(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** On one line, stripped, and cut to its first {@code chars} characters with an ellipsis if longer. */
  public static String cut(String text, int chars) {
    String line = of(text).strip();
    return line.length() <= chars ? line : line.substring(0, chars) + "…";
  }
}
