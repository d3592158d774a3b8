package com.clinicfaqbot.assistant;

import com.clinicfaqbot.search.EntryHit;
import java.util.List;

/**
 * Turns search hits into calibrated probabilities that each entry answers the question: a
 * logistic model over how close the question is to one of the entry's phrasings, how much of the
 * question the entry's text covers, how strongly it matched (log BM25), and its lead over the best
 * other entry. The weights are fitted on the labeled development set ({@code eval --calibrate});
 * a raw BM25 score is never shown as a confidence, since it has no fixed scale.
 */
public record ConfidenceModel(
    double bias,
    double closenessWeight,
    double coverageWeight,
    double scoreWeight,
    double leadWeight,
    double closenessLeadWeight,
    double posteriorWeight) {

  /** Fitted on src/test/resources/eval/dev-set.yaml with {@code eval --calibrate}. */
  public static final ConfidenceModel DEFAULT = new ConfidenceModel(-4.39, 0.427, 1.074, 0.861, 2.373, 1.673, 3.168);

  /** A BM25 score below which a question carries too little to lead with (a typical match is 10–25). */
  private static final double LEAD_FLOOR = 12.0;

  /** The model's inputs for hit {@code i} of {@code hits} (best first), with a leading 1 for the bias. */
  public static double[] features(List<EntryHit> hits, int i) {
    EntryHit hit = hits.get(i);
    double bestOther = 0;
    double closestOther = 0;
    for (int j = 0; j < hits.size(); j++) {
      if (j != i) {
        bestOther = Math.max(bestOther, hits.get(j).score());
        closestOther = Math.max(closestOther, hits.get(j).closeness());
      }
    }
    // Relative to a floor, so a lone weak match does not count as a clear lead.
    double lead = (hit.score() - bestOther) / Math.max(hit.score(), LEAD_FLOOR);
    return new double[] {
      1, hit.closeness(), hit.coverage(), Math.log1p(hit.score()), Math.max(-1, lead), hit.closeness() - closestOther,
      hit.posterior()
    };
  }

  public double confidence(List<EntryHit> hits, int i) {
    double[] x = features(hits, i);
    double z = bias * x[0] + closenessWeight * x[1] + coverageWeight * x[2] + scoreWeight * x[3] + leadWeight * x[4]
        + closenessLeadWeight * x[5] + posteriorWeight * x[6];
    return 1.0 / (1.0 + Math.exp(-z));
  }
}
