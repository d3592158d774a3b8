package com.clinicfaqbot.escalation;

import com.clinicfaqbot.config.OpeningHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a client whose question went to staff can expect a person's reply, from the clinic's
 * opening hours and the time now: within opening hours while the clinic is open, otherwise when
 * it reopens ("Monday at 9:00").
 */
public final class ReplyPromise {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

  /** What can be promised at one moment. */
  public sealed interface Expected {
    /** The clinic is open now: staff reply within opening hours. */
    record DuringOpeningHours() implements Expected {}

    /**
     * The clinic is closed now: staff reply once it opens.
     *
     * @param reopens when, in the clinic's time zone
     * @param day     that day as a client reads it from now: "today", "tomorrow" or "Monday"
     */
    record WhenWeReopen(ZonedDateTime reopens, String day) implements Expected {
      public WhenWeReopen {
        Objects.requireNonNull(reopens, "reopens");
        Objects.requireNonNull(day, "day");
      }
    }

    /** No opening hours are configured: nothing to promise beyond "a person will reply". */
    record NoHoursKnown() implements Expected {}
  }

  private final OpeningHours hours;
  private final Clock clock;

  public ReplyPromise(OpeningHours hours, Clock clock) {
    this.hours = Objects.requireNonNull(hours, "hours");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What can be promised now. */
  public Expected now() {
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(hours.zone());
    if (hours.isOpen(now)) {
      return new Expected.DuringOpeningHours();
    }
    Optional<ZonedDateTime> reopens = hours.nextOpening(now);
    return reopens.<Expected>map(at -> new Expected.WhenWeReopen(at, day(at, now)))
        .orElseGet(Expected.NoHoursKnown::new);
  }

  /**
   * The sentence for the client, e.g. "We're closed right now: expect a reply when we reopen
   * Monday at 9:00."; empty when no opening hours are known.
   */
  public static Optional<String> sentence(Expected expected) {
    if (expected instanceof Expected.DuringOpeningHours) {
      return Optional.of("We're open now, so expect a reply within our opening hours.");
    }
    if (expected instanceof Expected.WhenWeReopen when) {
      return Optional.of("We're closed right now: expect a reply when we reopen "
          + when.day() + " at " + TIME.format(when.reopens()) + ".");
    }
    if (expected instanceof Expected.NoHoursKnown) {
      return Optional.empty();
    }
    throw new IllegalStateException("unknown expectation " + expected);
  }

  private static String day(ZonedDateTime reopens, ZonedDateTime now) {
    if (reopens.toLocalDate().equals(now.toLocalDate())) {
      return "today";
    }
    if (reopens.toLocalDate().equals(now.toLocalDate().plusDays(1))) {
      return "tomorrow";
    }
    DayOfWeek day = reopens.getDayOfWeek();
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
