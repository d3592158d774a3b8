package com.clinicfaqbot.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.clinicfaqbot.config.LimitSettings;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The client limits")
final class ClientLimitsTest {
  private static final ClientRef DANA = new ClientRef("discord", "1", "Dana");
  private static final ClientRef LEE = new ClientRef("discord", "2", "Lee");

  private final MutableClock clock = MutableClock.at("2025-06-04T10:00:00Z");
  private final ClientLimits limits = new ClientLimits(new LimitSettings(10, 40), clock);

  @Test
  @DisplayName("A question over the length limit is refused, naming the limit, and starts no cooldown")
  void tooLong() {
    // WHEN a client sends 41 characters where 40 are allowed
    ClientLimits.Verdict verdict = limits.check(DANA, "x".repeat(41));

    // THEN it is refused naming the limit, and their next question is taken at once
    assertEquals(new ClientLimits.Verdict.TooLong(40), verdict);
    assertInstanceOf(ClientLimits.Verdict.Accepted.class, limits.check(DANA, "does it hurt"));
  }

  @Test
  @DisplayName("Within the cooldown a client is told once how long to wait, then not again; other clients are not held up")
  void cooldown() {
    // GIVEN Dana's accepted question
    assertInstanceOf(ClientLimits.Verdict.Accepted.class, limits.check(DANA, "does it hurt"));

    // WHEN she asks again 3 s and 4 s later
    clock.advance(Duration.ofSeconds(3));
    ClientLimits.Verdict second = limits.check(DANA, "and after?");
    clock.advance(Duration.ofSeconds(1));
    ClientLimits.Verdict third = limits.check(DANA, "hello??");

    // THEN she is reminded once with the seconds left, then silently held back
    assertEquals(new ClientLimits.Verdict.TooSoon(7, true), second);
    assertEquals(new ClientLimits.Verdict.TooSoon(6, false), third);
    // AND Lee may ask meanwhile, and Dana again once the cooldown is over
    assertInstanceOf(ClientLimits.Verdict.Accepted.class, limits.check(LEE, "is it safe"));
    clock.advance(Duration.ofSeconds(6));
    assertInstanceOf(ClientLimits.Verdict.Accepted.class, limits.check(DANA, "and after?"));
  }
}
