package com.clinicfaqbot.config;

/**
 * {@code limits:} — protection against floods.
 *
 * @param cooldownSeconds  the least time between two questions of one client
 * @param maxQuestionChars longer questions are politely refused
 */
public record LimitSettings(int cooldownSeconds, int maxQuestionChars) {
  public static final LimitSettings DEFAULT = new LimitSettings(3, 1_000);

  public LimitSettings {
    if (cooldownSeconds < 0 || cooldownSeconds > 3_600) {
      throw new IllegalArgumentException("limits.cooldownSeconds: must be 0 to 3600, got " + cooldownSeconds);
    }
    if (maxQuestionChars < 20 || maxQuestionChars > 4_000) {
      throw new IllegalArgumentException("limits.maxQuestionChars: must be 20 to 4000, got " + maxQuestionChars);
    }
  }
}
