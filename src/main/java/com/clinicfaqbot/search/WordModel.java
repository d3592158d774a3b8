package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A multinomial naive Bayes model of which words each entry is asked with, learned from the FAQ
 * itself: its question, alternates and keywords count fully, its answer a little. It says how
 * strongly a question's words point at one entry rather than its neighbours, which BM25 scores
 * of separate documents cannot.
 */
final class WordModel {
  private static final double ANSWER_WEIGHT = 0.3;
  private static final double SMOOTHING = 0.1;

  private final List<Map<String, Double>> counts;
  private final double[] totals;
  private final int vocabularySize;

  WordModel(List<FaqEntry> entries, Function<String, List<String>> analyzer) {
    this.counts = new java.util.ArrayList<>(entries.size());
    this.totals = new double[entries.size()];
    Set<String> vocabulary = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      FaqEntry entry = entries.get(i);
      Map<String, Double> entryCounts = new HashMap<>();
      add(entryCounts, analyzer.apply(entry.question()), 1.0);
      entry.alternates().forEach(text -> add(entryCounts, analyzer.apply(text), 1.0));
      entry.keywords().forEach(text -> add(entryCounts, analyzer.apply(text), 1.0));
      add(entryCounts, analyzer.apply(entry.answer()), ANSWER_WEIGHT);
      counts.add(Map.copyOf(entryCounts));
      totals[i] = entryCounts.values().stream().mapToDouble(Double::doubleValue).sum();
      vocabulary.addAll(entryCounts.keySet());
    }
    this.vocabularySize = Math.max(1, vocabulary.size());
  }

  private static void add(Map<String, Double> counts, List<String> terms, double weight) {
    terms.forEach(term -> counts.merge(term, weight, Double::sum));
  }

  /** The posterior of each of {@code ordinals} given the question's known terms, normalized over them. */
  double[] posteriors(List<WeightedTerm> terms, int[] ordinals) {
    double[] logs = new double[ordinals.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < ordinals.length; i++) {
      int ordinal = ordinals[i];
      double log = 0;
      for (WeightedTerm term : terms) {
        if (term.known()) {
          double count = counts.get(ordinal).getOrDefault(term.text(), 0.0);
          log += term.weight() * Math.log((count + SMOOTHING) / (totals[ordinal] + SMOOTHING * vocabularySize));
        }
      }
      logs[i] = log;
      max = Math.max(max, log);
    }
    double sum = 0;
    for (int i = 0; i < logs.length; i++) {
      logs[i] = Math.exp(logs[i] - max);
      sum += logs[i];
    }
    for (int i = 0; i < logs.length; i++) {
      logs[i] /= sum;
    }
    return logs;
  }
}
