package com.clinicfaqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  WordModel(List<AnalyzedEntry> entries, TermIds ids) {
    List<Map<String, Double>> counts = new ArrayList<>(entries.size());
    Set<String> vocabulary = new HashSet<>();
    for (AnalyzedEntry entry : entries) {
      Map<String, Double> entryCounts = new HashMap<>();
      for (AnalyzedEntry.Tokens text : entry.phrasings()) {
        add(entryCounts, text.terms(), 1.0);
      }
      for (AnalyzedEntry.Tokens text : entry.keywords()) {
        add(entryCounts, text.terms(), 1.0);
      }
      add(entryCounts, entry.answer().terms(), ANSWER_WEIGHT);
      counts.add(entryCounts);
      vocabulary.addAll(entryCounts.keySet());
    }
    int vocabularySize = Math.max(1, vocabulary.size());
    this.termsOfEntry = new int[entries.size()][];
    this.logProbabilities = new double[entries.size()][];
    this.unseenLogProbabilities = new double[entries.size()];
    for (int i = 0; i < counts.size(); i++) {
      Map<String, Double> entryCounts = counts.get(i);
      double total = compensatedSum(entryCounts.values());
      double denominator = total + SMOOTHING * vocabularySize;
      // (number, log-probability) sorted by number: each term's number in the high half of a long.
      long[] byNumber = new long[entryCounts.size()];
      double[] logs = new double[byNumber.length];
      int at = 0;
      for (Map.Entry<String, Double> count : entryCounts.entrySet()) {
        logs[at] = Math.log((count.getValue() + SMOOTHING) / denominator);
        byNumber[at] = ((long) ids.add(count.getKey()) << 32) | at;
        at++;
      }
      Arrays.sort(byNumber);
      termsOfEntry[i] = new int[byNumber.length];
      logProbabilities[i] = new double[byNumber.length];
      for (int k = 0; k < byNumber.length; k++) {
        termsOfEntry[i][k] = (int) (byNumber[k] >>> 32);
        logProbabilities[i][k] = logs[(int) byNumber[k]];
      }
      unseenLogProbabilities[i] = Math.log((0.0 + SMOOTHING) / denominator);
    }
  }

  /** Kahan's compensated sum, as {@code DoubleStream.sum} adds: the model's numbers stay as they were. */
  private static double compensatedSum(Collection<Double> values) {
    double sum = 0;
    double compensation = 0;
    for (double value : values) {
      double corrected = value - compensation;
      double next = sum + corrected;
      compensation = (next - sum) - corrected;
      sum = next;
    }
    return sum - compensation;
  }

  private static void add(Map<String, Double> counts, List<String> terms, double weight) {
    // merge, not get and put: it grows the table at other sizes, and the total above is summed in table order.
    for (String term : terms) {
      counts.merge(term, weight, Double::sum);
    }
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
