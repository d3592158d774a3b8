package com.clinicfaqbot.desk;

import java.time.Duration;

/** Durations the way staff read them at a glance: {@code 45s}, {@code 12m}, {@code 3h 05m}, {@code 2d 04h}. */
public final class DurationText {
  private DurationText() {}

  /** The two largest units; a negative duration (a clock set back) counts as zero. */
  public static String compact(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    if (seconds < 60) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 24) {
      return String.format("%dh %02dm", hours, minutes % 60);
    }
    return String.format("%dd %02dh", hours / 24, hours % 24);
  }
}
