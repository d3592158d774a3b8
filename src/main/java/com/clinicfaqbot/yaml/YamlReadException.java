package com.clinicfaqbot.yaml;

/**
 * A YAML file could not be read at all: it is missing, not UTF-8 text, or not valid YAML. The
 * message says what is wrong without the file's name, which the caller adds as it formats its
 * problems; {@link #line()} is 0 when the problem is not on one line (e.g. no such file).
 */
public final class YamlReadException extends Exception {
  private final int line;

  public YamlReadException(int line, String message) {
    super(message);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
