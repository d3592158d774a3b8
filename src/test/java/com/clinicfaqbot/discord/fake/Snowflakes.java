package com.clinicfaqbot.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord-style snowflake ids: the creation time in the high bits, strictly increasing.
 *
 * <p>JDA derives {@code getTimeCreated()} from ids (an interaction hook, for example, expires 15 minutes
 * after its interaction's id was made), so the ids carry the real clock.
 */
public final class Snowflakes {
    /** The first millisecond of 2015, Discord's epoch. */
    public static final long DISCORD_EPOCH = 1420070400000L;

    private final AtomicLong last = new AtomicLong();

    /** A new id, larger than every id this generator made before. */
    public long next() {
        long fromClock = (System.currentTimeMillis() - DISCORD_EPOCH) << 22;
        return last.accumulateAndGet(fromClock, (previous, candidate) -> Math.max(previous + 1, candidate));
    }

    /** When the given id was made. */
    public static Instant timeOf(long id) {
        return Instant.ofEpochMilli((id >>> 22) + DISCORD_EPOCH);
    }
}
