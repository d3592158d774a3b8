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
    return pattern.test(normalized) && (unless == null || !unless.test(normalized));
  }
}
