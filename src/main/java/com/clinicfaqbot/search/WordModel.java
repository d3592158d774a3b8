package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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

  /**
   * Per entry, the sorted {@link TermIds numbers} of the words it is asked with and, at the same
   * index, each one's log-probability: worked out once, not per question.
   */
  private final int[][] termsOfEntry;
  private final double[][] logProbabilities;
  /** Per entry, the log-probability of a word it is never asked with (smoothing). */
  private final double[] unseenLogProbabilities;

  WordModel(List<FaqEntry> entries, Function<String, List<String>> analyzer, TermIds ids) {
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
    this.termsOfEntry = new int[entries.size()][];
    this.logProbabilities = new double[entries.size()][];
    this.unseenLogProbabilities = new double[entries.size()];
    for (int i = 0; i < counts.size(); i++) {
      double total = counts.get(i).values().stream().mapToDouble(Double::doubleValue).sum();
      double denominator = total + SMOOTHING * vocabularySize;
      TreeMap<Integer, Double> logs = new TreeMap<>();
      counts.get(i).forEach((term, count) -> logs.put(ids.add(term), Math.log((count + SMOOTHING) / denominator)));
      termsOfEntry[i] = logs.keySet().stream().mapToInt(Integer::intValue).toArray();
      logProbabilities[i] = logs.values().stream().mapToDouble(Double::doubleValue).toArray();
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
          int at = Arrays.binarySearch(termsOfEntry[ordinal], term.id());
          log += term.weight() * (at >= 0 ? logProbabilities[ordinal][at] : unseenLogProbabilities[ordinal]);
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
