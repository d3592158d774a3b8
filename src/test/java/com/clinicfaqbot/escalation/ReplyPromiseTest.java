package com.clinicfaqbot.escalation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.clinicfaqbot.config.OpeningHours;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The reply promise")
final class ReplyPromiseTest {
  private static final ZoneId EDMONTON = ZoneId.of("America/Edmonton");

  /** Weekdays 9:00-18:00, Saturday 10:00-14:00, Sunday closed; 2025-06-02 is a Monday. */
  private static OpeningHours clinicHours() {
    Map<DayOfWeek, OpeningHours.Hours> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : new DayOfWeek[] {
        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY}) {
      days.put(day, new OpeningHours.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }
    days.put(DayOfWeek.SATURDAY, new OpeningHours.Hours(LocalTime.of(10, 0), LocalTime.of(14, 0)));
    return new OpeningHours(EDMONTON, days);
  }

  private static ReplyPromise at(String localTime) {
    ZonedDateTime time = ZonedDateTime.of(java.time.LocalDateTime.parse(localTime), EDMONTON);
    return new ReplyPromise(clinicHours(), Clock.fixed(time.toInstant(), ZoneId.of("UTC")));
  }

  @Test
  @DisplayName("While the clinic is open, a reply is promised within opening hours")
  void open() {
    // GIVEN Tuesday 10:00 clinic time; WHEN a question is escalated
    ReplyPromise.Expected expected = at("2025-06-03T10:00").now();

    // THEN the reply comes within opening hours
    assertInstanceOf(ReplyPromise.Expected.DuringOpeningHours.class, expected);
    assertEquals(Optional.of("We're open now, so expect a reply within our opening hours."),
        ReplyPromise.sentence(expected));
  }

  @ParameterizedTest(name = "at {0} the clinic reopens {1}")
  @CsvSource({
    "2025-06-03T19:00, tomorrow at 9:00",
    "2025-06-02T07:30, today at 9:00",
    "2025-06-07T15:00, Monday at 9:00",
    "2025-06-06T18:00, tomorrow at 10:00",
    "2025-06-08T12:00, tomorrow at 9:00"
  })
  @DisplayName("While the clinic is closed, the reply is promised for when it reopens, by day and time")
  void closed(String now, String reopens) {
    // GIVEN a moment outside opening hours; WHEN a question is escalated
    ReplyPromise.Expected expected = at(now).now();

    // THEN the client is told when the clinic reopens
    assertInstanceOf(ReplyPromise.Expected.WhenWeReopen.class, expected);
    assertEquals(Optional.of("We're closed right now: expect a reply when we reopen " + reopens + "."),
        ReplyPromise.sentence(expected));
  }

  @Test
  @DisplayName("Without opening hours nothing is promised beyond a person's reply")
  void noHours() {
    // GIVEN no opening hours configured
    ReplyPromise promise = new ReplyPromise(new OpeningHours(EDMONTON, Map.of()), Clock.systemUTC());

    // WHEN a question is escalated; THEN there is no sentence to add
    assertEquals(Optional.empty(), ReplyPromise.sentence(promise.now()));
  }
}
