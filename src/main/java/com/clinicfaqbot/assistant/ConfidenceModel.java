package com.clinicfaqbot.assistant;

import com.clinicfaqbot.search.EntryHit;

/**
 * Turns a search hit into a calibrated probability that the entry answers the question: a
 * logistic model over how much of the question the entry covers and how strongly it matched.
 * The weights are fitted on the labeled development set ({@code eval --calibrate}); a raw BM25
 * score is never shown as a confidence, since it has no fixed scale.
 */
public record ConfidenceModel(double bias, double coverageWeight, double scoreWeight) {

  /** Fitted on src/test/resources/eval/dev-set.yaml with {@code eval --calibrate}. */
  public static final ConfidenceModel DEFAULT = new ConfidenceModel(-6.0, 8.0, 1.0);

  public double confidence(EntryHit hit) {
    double z = bias + coverageWeight * hit.coverage() + scoreWeight * Math.log1p(hit.score());
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
