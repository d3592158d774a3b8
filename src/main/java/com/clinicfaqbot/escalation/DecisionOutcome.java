package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.Reply;
import java.util.Arrays;

/** The kinds of decision the assistant makes, by the names {@link Reply#outcome()} gives them. */
public enum DecisionOutcome {
  ANSWER("answer"),
  CLARIFY("clarify"),
  ESCALATE("escalate"),
  SMALLTALK("smalltalk");

  private final String code;

  DecisionOutcome(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static DecisionOutcome fromCode(String code) {
    return Arrays.stream(values())
        .filter(o -> o.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown decision outcome: " + code));
  }
}
