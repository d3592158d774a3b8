package com.clinicfaqbot.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Maps a word the FAQ never uses to the closest one it does ("numing" → "numb", "microneedlin" →
 * "microneedl"), within one edit for short words and two for longer ones. Immutable and
 * thread-safe.
 *
 * <p>It answers what Lucene's {@code FuzzyTermsEnum(vocabulary, word, maxEdits, 1, true)} over the
 * same vocabulary answers (the first letter kept, insertions, deletions, substitutions and adjacent
 * transpositions as one edit each; best similarity, then the term most entries use, then the first
 * in term order), by a bounded edit-distance scan of the terms that share the first letter. That
 * enum built a Levenshtein automaton per word, about 1.7 ms cold; a vocabulary of a few hundred
 * terms is scanned in microseconds, so nothing needs caching. {@code SpellingCorrectorTest}
 * compares the two.
 */
final class SpellingCorrector {
  private static final int MIN_LENGTH = 4;
  /** A corrected word's weight: an exact word always counts for more than a guessed one. */
  static final float CORRECTED_WEIGHT = 0.8f;

  /** The terms in Lucene's term order (by code point), with what is compared of each. */
  private final String[] terms;
  /** Per term, its code points after the first: the part edits are counted in. */
  private final int[][] suffixes;
  /** Per term, a bit per character of its suffix ({@link #mask}): a cheap bound on the edits. */
  private final long[] masks;
  /** Per term, how many entries use it: the tie-break after similarity. */
  private final int[] frequencies;
  /** The distinct first code points, ascending, and where each one's terms start; one more slot ends the last. */
  private final int[] firsts;
  private final int[] starts;

  /**
   * @param vocabulary every term the FAQ uses
   * @param frequencies how many entries use each, at the same index
   */
  SpellingCorrector(List<String> vocabulary, int[] frequencies) {
    int[][] codePoints = new int[vocabulary.size()][];
    for (int i = 0; i < codePoints.length; i++) {
      codePoints[i] = codePoints(vocabulary.get(i));
    }
    int[] order = byCodePoints(codePoints);
    int size = 0;
    this.terms = new String[order.length];
    this.suffixes = new int[order.length][];
    this.masks = new long[order.length];
    this.frequencies = new int[order.length];
    int[] firstOf = new int[order.length];
    for (int i : order) {
      if (codePoints[i].length == 0) {
        continue;
      }
      terms[size] = vocabulary.get(i);
      suffixes[size] = Arrays.copyOfRange(codePoints[i], 1, codePoints[i].length);
      masks[size] = mask(suffixes[size]);
      this.frequencies[size] = frequencies[i];
      firstOf[size] = codePoints[i][0];
      size++;
    }
    int groups = 0;
    int[] firsts = new int[size];
    int[] starts = new int[size + 1];
    for (int t = 0; t < size; t++) {
      if (t == 0 || firstOf[t] != firstOf[t - 1]) {
        firsts[groups] = firstOf[t];
        starts[groups++] = t;
      }
    }
    starts[groups] = size;
    this.firsts = Arrays.copyOf(firsts, groups);
    this.starts = Arrays.copyOf(starts, groups + 1);
  }

  /** The FAQ word closest to {@code word}, if one is close enough. */
  Optional<String> correct(String word) {
    if (word.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    int maxEdits = word.length() < 6 ? 1 : 2;
    int[] codePoints = codePoints(word);
    int group = Arrays.binarySearch(firsts, codePoints[0]);
    if (group < 0) {
      return Optional.empty();
    }
    int[] suffix = Arrays.copyOfRange(codePoints, 1, codePoints.length);
    long mask = mask(suffix);
    int[][] rows = new int[3][suffix.length + maxEdits + 2];
    int best = -1;
    float bestSimilarity = -1;
    for (int t = starts[group]; t < starts[group + 1]; t++) {
      int[] other = suffixes[t];
      // Each edit adds at most one character the other lacks and removes at most one.
      if (Math.abs(other.length - suffix.length) > maxEdits
          || Long.bitCount(mask & ~masks[t]) > maxEdits
          || Long.bitCount(masks[t] & ~mask) > maxEdits) {
        continue;
      }
      int edits = distance(suffix, other, maxEdits, rows);
      if (edits > maxEdits) {
        continue;
      }
      // FuzzyTermsEnum's boost, in the same float arithmetic: ties must stay ties.
      float similarity = edits == 0 ? 1f : 1.0f - (float) edits / (float) Math.min(other.length + 1, codePoints.length);
      if (similarity > bestSimilarity || (similarity == bestSimilarity && frequencies[t] > frequencies[best])) {
        best = t;
        bestSimilarity = similarity;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(terms[best]);
  }

  /**
   * The optimal string alignment distance between {@code a} and {@code b} (Damerau-Levenshtein
   * where no character is edited twice), or more than {@code max} once it must exceed it.
   */
  static int distance(int[] a, int[] b, int max, int[][] rows) {
    int[] before = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length];
  }

  /** A bit per character (its low six bits): letters one text has and the other lacks count edits from below. */
  private static long mask(int[] codePoints) {
    long mask = 0;
    for (int c : codePoints) {
      mask |= 1L << (c & 63);
    }
    return mask;
  }

  private static int[] codePoints(String text) {
    int[] codePoints = new int[text.codePointCount(0, text.length())];
    for (int i = 0, at = 0; i < codePoints.length; i++) {
      codePoints[i] = text.codePointAt(at);
      at += Character.charCount(codePoints[i]);
    }
    return codePoints;
  }

  /** The indexes of {@code terms} in Lucene's term order: by UTF-8 bytes, which is by code point. */
  private static int[] byCodePoints(int[][] terms) {
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Arrays.compare(terms[a], terms[b]));
    int[] sorted = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = order[i];
    }
    return sorted;
  }
}
