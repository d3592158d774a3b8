package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.ArrayList;
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

  /** Per entry, the log-probability of each word it is asked with; worked out once, not per question. */
  private final List<Map<String, Double>> logProbabilities;
  /** Per entry, the log-probability of a word it is never asked with (smoothing). */
  private final double[] unseenLogProbabilities;

  WordModel(List<FaqEntry> entries, Function<String, List<String>> analyzer) {
    List<Map<String, Double>> counts = new ArrayList<>(entries.size());
    Set<String> vocabulary = new HashSet<>();
    for (FaqEntry entry : entries) {
      Map<String, Double> entryCounts = new HashMap<>();
      add(entryCounts, analyzer.apply(entry.question()), 1.0);
      entry.alternates().forEach(text -> add(entryCounts, analyzer.apply(text), 1.0));
      entry.keywords().forEach(text -> add(entryCounts, analyzer.apply(text), 1.0));
      add(entryCounts, analyzer.apply(entry.answer()), ANSWER_WEIGHT);
      counts.add(entryCounts);
      vocabulary.addAll(entryCounts.keySet());
    }
    int vocabularySize = Math.max(1, vocabulary.size());
    this.logProbabilities = new ArrayList<>(entries.size());
    this.unseenLogProbabilities = new double[entries.size()];
    for (int i = 0; i < counts.size(); i++) {
      double total = counts.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
      double denominator = total + SMOOTHING * vocabularySize;
      Map<String, Double> logs = new HashMap<>();
      counts.get(i).forEach((term, count) -> logs.put(term, Math.log((count + SMOOTHING) / denominator)));
      logProbabilities.add(Map.copyOf(logs));
      unseenLogProbabilities[i] = Math.log((0.0 + SMOOTHING) / denominator);
    }
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
          Double termLog = logProbabilities.get(ordinal).get(term.text());
          log += term.weight() * (termLog != null ? termLog : unseenLogProbabilities[ordinal]);
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
