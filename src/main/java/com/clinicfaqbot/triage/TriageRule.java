package com.clinicfaqbot.triage;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.regex.Pattern;

/**
 * One safety rule: when {@code pattern} is found in a normalized message (and {@code unless}, if
 * any, is not), the message goes to a person for {@code reason}.
 *
 * @param name a short label shown in logs and test failures ("pregnancy", "laser-hair-removal")
 */
public record TriageRule(EscalationReason reason, String name, Pattern pattern, Pattern unless) {

  public boolean matches(String normalized) {
    return pattern.matcher(normalized).find() && (unless == null || !unless.matcher(normalized).find());
  }
}
