package com.clinicfaqbot.evaluation;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.evaluation.LabeledQuestion.Category;
import com.clinicfaqbot.search.EntryHit;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.triage.TextNormalizer;
import com.clinicfaqbot.triage.Triage;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits the {@link ConfidenceModel} to a labeled set by logistic regression: every top-3 search hit
 * of a question that reaches search is an example, positive when its entry is a right answer.
 * Out-of-scope questions that get past triage supply the negatives that matter most.
 */
public final class Calibrator {
  private static final int ITERATIONS = 20_000;
  private static final double LEARNING_RATE = 0.5;
  /** A little L2 keeps the weights sane on a few hundred examples. */
  private static final double L2 = 1e-3;

  private record Example(double[] x, boolean positive) {}

  public ConfidenceModel fit(FaqIndex index, Triage triage, List<LabeledQuestion> questions) {
    List<Example> examples = new ArrayList<>();
    for (LabeledQuestion question : questions) {
      Category category = question.category();
      String normalized = TextNormalizer.normalize(question.question());
      if (category == Category.SMALL_TALK || category == Category.URGENT || triage.check(normalized).isPresent()) {
        continue;
      }
      List<EntryHit> hits = index.search(normalized, Assistant.HITS_CONSIDERED);
      for (int i = 0; i < hits.size(); i++) {
        boolean positive = question.faqIds().contains(hits.get(i).entry().id());
        examples.add(new Example(ConfidenceModel.features(hits, i), positive));
      }
    }
    int features = 7;
    double[] w = new double[features];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[features];
      for (Example e : examples) {
        double z = 0;
        for (int i = 0; i < features; i++) {
          z += w[i] * e.x()[i];
        }
        double error = 1 / (1 + Math.exp(-z)) - (e.positive() ? 1 : 0);
        for (int i = 0; i < features; i++) {
          gradient[i] += error * e.x()[i];
        }
      }
      for (int i = 0; i < features; i++) {
        w[i] -= LEARNING_RATE * (gradient[i] / examples.size() + (i == 0 ? 0 : L2 * w[i]));
      }
    }
    return new ConfidenceModel(round(w[0]), round(w[1]), round(w[2]), round(w[3]), round(w[4]), round(w[5]), round(w[6]));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
