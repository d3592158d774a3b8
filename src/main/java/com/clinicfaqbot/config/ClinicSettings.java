package com.clinicfaqbot.config;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code clinic:} — who the bot speaks for.
 *
 * @param urgentLine what urgent escalations tell the client to call (a phone line), if set
 */
public record ClinicSettings(String name, OpeningHours openingHours, Optional<String> urgentLine) {
  public ClinicSettings {
    Objects.requireNonNull(name, "clinic.name");
    Objects.requireNonNull(openingHours, "clinic.openingHours");
    Objects.requireNonNull(urgentLine, "clinic.urgentLine");
  }
}
