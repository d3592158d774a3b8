package com.clinicfaqbot.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the clinic's staff are in, per day of the week, in the clinic's time zone. A day without
 * hours is closed. Tells a client when to expect a person's reply.
 */
public final class OpeningHours {
  /** One day's hours, e.g. 09:00-18:00. */
  public record Hours(LocalTime opens, LocalTime closes) {
    public Hours {
      if (!closes.isAfter(opens)) {
        throw new IllegalArgumentException("closing time must be after opening time");
      }
    }
  }

  private final ZoneId zone;
  private final Map<DayOfWeek, Hours> days;

  public OpeningHours(ZoneId zone, Map<DayOfWeek, Hours> days) {
    this.zone = zone;
    this.days = days.isEmpty() ? Map.of() : new EnumMap<>(days);
  }

  public ZoneId zone() {
    return zone;
  }

  public Optional<Hours> on(DayOfWeek day) {
    return Optional.ofNullable(days.get(day));
  }

  public boolean isOpen(ZonedDateTime time) {
    ZonedDateTime local = time.withZoneSameInstant(zone);
    return on(local.getDayOfWeek())
        .map(h -> !local.toLocalTime().isBefore(h.opens()) && local.toLocalTime().isBefore(h.closes()))
        .orElse(false);
  }

  /** The next moment the clinic opens after {@code time}, if it opens at all in the coming week. */
  public Optional<ZonedDateTime> nextOpening(ZonedDateTime time) {
    ZonedDateTime local = time.withZoneSameInstant(zone);
    for (int offset = 0; offset <= 7; offset++) {
      ZonedDateTime day = local.plusDays(offset);
      Optional<Hours> hours = on(day.getDayOfWeek());
      if (hours.isPresent()) {
        ZonedDateTime opening = day.with(hours.get().opens()).withSecond(0).withNano(0);
        if (opening.isAfter(local)) {
          return Optional.of(opening);
        }
      }
    }
    return Optional.empty();
  }
}
