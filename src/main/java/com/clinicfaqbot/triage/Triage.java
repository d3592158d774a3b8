package com.clinicfaqbot.triage;

import java.util.ArrayList;
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

  /**
   * For each pattern of the standard table (and each exception to one), a message it finds, where
   * one can be read from it: what a warm-up sends through every rule.
   */
  public static List<String> standardExamples() {
    List<String> examples = new ArrayList<>();
    TriageRules.table(regex -> {
      RegexExample.of(regex).ifPresent(examples::add);
      return text -> false;
    });
    return examples;
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
