package com.clinicfaqbot.triage;

import java.util.List;
import java.util.Optional;

/**
 * The safety check that runs before any FAQ search: the first matching rule, in table order
 * (complications, then medical history, other treatments, a request for a person, business).
 */
public final class Triage {
  private final List<TriageRule> rules;

  public Triage(List<TriageRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The clinic's rules, from {@link TriageRules}. */
  public static Triage standard() {
    return new Triage(TriageRules.ALL);
  }

  /** @param normalized text from {@link TextNormalizer#normalize} */
  public Optional<TriageVerdict> check(String normalized) {
    // The message's word starts are listed once, for every rule.
    RuleSearch.Starts message = new RuleSearch.Starts(normalized);
    for (TriageRule rule : rules) {
      if (rule.matches(message)) {
        return Optional.of(new TriageVerdict(rule.reason(), rule.name()));
      }
    }
    return Optional.empty();
  }
}
