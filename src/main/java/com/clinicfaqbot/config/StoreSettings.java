package com.clinicfaqbot.config;

import java.nio.file.Path;
import java.util.Objects;

/** {@code store:} — the SQLite file holding escalations. */
public record StoreSettings(Path path) {
  public StoreSettings {
    Objects.requireNonNull(path, "store.path");
  }
}
