package com.clinicfaqbot.evaluation;

import java.util.List;

/**
 * One question of a labeled set: what a client wrote and the acceptable outcomes — FAQ ids, or
 * {@code escalate}, {@code smalltalk}, {@code clarify}.
 */
public record LabeledQuestion(String question, List<String> expect, boolean urgent, int line) {
  public static final String ESCALATE = "escalate";
  public static final String SMALLTALK = "smalltalk";
  public static final String CLARIFY = "clarify";

  public LabeledQuestion {
    expect = List.copyOf(expect);
  }

  public Category category() {
    if (expect.contains(SMALLTALK)) {
      return Category.SMALL_TALK;
    }
    if (expect.contains(ESCALATE)) {
      return urgent ? Category.URGENT : Category.OUT_OF_SCOPE;
    }
    return Category.IN_SCOPE;
  }

  /** The FAQ ids that count as a right answer (empty outside the in-scope category). */
  public List<String> faqIds() {
    return expect.stream().filter(e -> !e.equals(ESCALATE) && !e.equals(SMALLTALK) && !e.equals(CLARIFY)).toList();
  }

  public enum Category {
    IN_SCOPE("in-scope"),
    OUT_OF_SCOPE("out-of-scope"),
    URGENT("urgent"),
    SMALL_TALK("small talk");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
