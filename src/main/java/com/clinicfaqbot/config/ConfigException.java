package com.clinicfaqbot.config;

import java.util.List;

/** The configuration was refused; every problem names its setting (and line, when from a file). */
public final class ConfigException extends Exception {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
