package com.clinicfaqbot.assistant;

/**
 * When to answer, offer choices, or hand off.
 *
 * @param answer       the least confidence that answers from one entry
 * @param clarify      the least confidence for an entry to be offered as a choice
 * @param closeRatio   a runner-up whose confidence is at least this share of the best one's is
 *     "close": the client picks between them instead of getting the best guess
 */
public record Thresholds(double answer, double clarify, double closeRatio) {
  public static final Thresholds DEFAULT = new Thresholds(0.60, 0.40, 0.90);

  public Thresholds {
    check("answer", answer);
    check("clarify", clarify);
    check("closeRatio", closeRatio);
    if (clarify > answer) {
      throw new IllegalArgumentException("thresholds.clarify (" + clarify + ") must not exceed thresholds.answer (" + answer + ")");
    }
  }

  private static void check(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("thresholds." + name + ": must be a number from 0 to 1, got " + value);
    }
  }
}
