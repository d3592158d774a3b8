package com.clinicfaqbot.triage;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.function.Predicate;

/**
 * One safety rule: when {@code pattern} is found in a normalized message (and {@code unless}, if
 * any, is not), the message goes to a person for {@code reason}.
 *
 * @param name a short label shown in logs and test failures ("pregnancy", "laser-hair-removal")
 * @param pattern whether the rule's regex is found in a text, as {@code Matcher.find()} answers
 */
public record TriageRule(EscalationReason reason, String name, Predicate<String> pattern, Predicate<String> unless) {

  public boolean matches(String normalized) {
    return matches(new RuleSearch.Starts(normalized));
  }

  /** As {@link #matches(String)}, reading the message's starts that every rule shares. */
  boolean matches(RuleSearch.Starts message) {
    return RuleSearch.test(pattern, message) && (unless == null || !RuleSearch.test(unless, message));
  }
}
