package com.clinicfaqbot.config;

import com.clinicfaqbot.assistant.Thresholds;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole configuration, one record per section. The {@code discord} section is only needed by
 * {@code run}; the console surfaces work without it.
 */
public record AppConfig(
    FaqSettings faq,
    StoreSettings store,
    ClinicSettings clinic,
    Optional<DiscordSettings> discord,
    Thresholds thresholds,
    LimitSettings limits) {

  public AppConfig {
    Objects.requireNonNull(faq, "faq");
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clinic, "clinic");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(thresholds, "thresholds");
    Objects.requireNonNull(limits, "limits");
  }

  /** Without a config file: {@code faq/} and {@code data/clinic-faq.db} under {@code folder}. */
  public static AppConfig defaults(Path folder) {
    return new AppConfig(
        new FaqSettings(folder.resolve("faq")),
        new StoreSettings(folder.resolve("data").resolve("clinic-faq.db")),
        new ClinicSettings("the clinic", new OpeningHours(ZoneId.systemDefault(), Map.of()), Optional.empty()),
        Optional.empty(),
        Thresholds.DEFAULT,
        LimitSettings.DEFAULT);
  }
}
