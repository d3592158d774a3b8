package com.clinicfaqbot.desk;

import com.clinicfaqbot.config.LimitSettings;
import com.clinicfaqbot.escalation.ClientRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flood protection for one running bot: a question longer than {@code limits.maxQuestionChars}
 * is refused, and so is a question that comes sooner than {@code limits.cooldownSeconds} after
 * the client's last accepted one. A client who keeps writing during the cooldown is told once,
 * not once per message, so that the bot never floods back.
 *
 * <p>Thread-safe. The memory is the process's: a restart forgets every cooldown, which is harmless.
 */
public final class ClientLimits {
  /** Above this many clients remembered, those whose cooldown is over are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;

  /** What to do with one message. */
  public sealed interface Verdict {
    /** Go ahead; the cooldown starts now. */
    record Accepted() implements Verdict {}

    /** Too long to be one question; does not start a cooldown. */
    record TooLong(int maxChars) implements Verdict {}

    /**
     * Too soon after the last question.
     *
     * @param secondsLeft until the client may ask again, at least 1
     * @param remind      whether to tell them (only the first time within one cooldown)
     */
    record TooSoon(long secondsLeft, boolean remind) implements Verdict {}
  }

  /** The last accepted question of a client, and whether they were reminded since. */
  private record Window(Instant accepted, boolean reminded) {}

  private final LimitSettings limits;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public ClientLimits(LimitSettings limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Checks {@code text} from {@code client}; an accepted one starts the client's cooldown. */
  public Verdict check(ClientRef client, String text) {
    if (text.length() > limits.maxQuestionChars()) {
      return new Verdict.TooLong(limits.maxQuestionChars());
    }
    Instant now = clock.instant();
    Duration cooldown = Duration.ofSeconds(limits.cooldownSeconds());
    Verdict[] verdict = new Verdict[1];
    windows.compute(client.platform() + ":" + client.userId(), (key, window) -> {
      if (window == null || !now.isBefore(window.accepted().plus(cooldown))) {
        verdict[0] = new Verdict.Accepted();
        return new Window(now, false);
      }
      Duration left = Duration.between(now, window.accepted().plus(cooldown));
      long seconds = Math.max(1, (left.toMillis() + 999) / 1000);
      verdict[0] = new Verdict.TooSoon(seconds, !window.reminded());
      return new Window(window.accepted(), true);
    });
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(w -> !now.isBefore(w.accepted().plus(cooldown)));
    }
    return verdict[0];
  }
}
