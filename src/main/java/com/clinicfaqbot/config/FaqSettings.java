package com.clinicfaqbot.config;

import java.nio.file.Path;
import java.util.Objects;

/** {@code faq:} — where the FAQ folder is. */
public record FaqSettings(Path dir) {
  public FaqSettings {
    Objects.requireNonNull(dir, "faq.dir");
  }
}
