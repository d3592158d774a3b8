package com.clinicfaqbot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What each entry's text is made of, as analyzed terms: all its words, and each way it is asked
 * (question, alternates, keywords). Gives the length-independent match signals BM25 lacks:
 * coverage and closeness, both weighted by how rare a term is across entries (IDF).
 *
 * <p>Terms are kept as sorted {@link TermIds numbers}: a question compares its terms with the
 * best entries by binary search over small int arrays, with no string hashing per entry.
 */
final class EntryProfiles {
  /** Per entry, the sorted numbers of every term of its text. */
  private final int[][] termsOfEntry;
  /**
   * Per entry, the sorted numbers of its phrasings' terms and, at the same index, the phrasings
   * (by index) that hold each: a question is compared with all of an entry's phrasings in one pass
   * over its own terms.
   */
  private final int[][] phrasingTermsOfEntry;
  private final int[][][] phrasingsWithTerm;
  /** Per entry, the IDF norm of each phrasing: computed once, used by every question. */
  private final double[][] phrasingNorms;
  /** Per term number, how many entries use the term. */
  private final int[] entryFrequency;
  private final int entries;

  EntryProfiles(List<AnalyzedEntry> entries, TermIds ids) {
    this.entries = entries.size();
    this.termsOfEntry = new int[entries.size()][];
    List<List<int[]>> phrasingsOfEntry = new ArrayList<>(entries.size());
    for (int e = 0; e < entries.size(); e++) {
      AnalyzedEntry entry = entries.get(e);
      // Terms get their numbers in this set's order; the phrasing norms below are summed in number order.
      Set<String> terms = new HashSet<>();
      for (AnalyzedEntry.Tokens text : entry.allTexts()) {
        terms.addAll(text.terms());
      }
      termsOfEntry[e] = sortedIds(terms, ids);
      List<int[]> phrasings = new ArrayList<>();
      // A keyword is a very short phrasing: "healing kit" is how some clients ask about aftercare.
      for (List<AnalyzedEntry.Tokens> texts : List.of(entry.phrasings(), entry.keywords())) {
        for (AnalyzedEntry.Tokens text : texts) {
          if (!text.terms().isEmpty()) {
            phrasings.add(sortedIds(text.terms(), ids));
          }
        }
      }
      phrasingsOfEntry.add(phrasings);
    }
    this.entryFrequency = new int[ids.size()];
    for (int[] terms : termsOfEntry) {
      for (int term : terms) {
        entryFrequency[term]++;
      }
    }
    this.phrasingTermsOfEntry = new int[entries.size()][];
    this.phrasingsWithTerm = new int[entries.size()][][];
    this.phrasingNorms = new double[entries.size()][];
    for (int e = 0; e < entries.size(); e++) {
      List<int[]> phrasings = phrasingsOfEntry.get(e);
      double[] norms = new double[phrasings.size()];
      int total = 0;
      for (int p = 0; p < norms.length; p++) {
        for (int term : phrasings.get(p)) {
          double idf = idf(term);
          norms[p] += idf * idf;
        }
        total += phrasings.get(p).length;
      }
      int[] all = new int[total];
      int at = 0;
      for (int[] phrasing : phrasings) {
        System.arraycopy(phrasing, 0, all, at, phrasing.length);
        at += phrasing.length;
      }
      int[] held = distinctSorted(all, all.length);
      // Per held term, the phrasings holding it, in phrasing order.
      int[] counts = new int[held.length];
      for (int[] phrasing : phrasings) {
        for (int term : phrasing) {
          counts[Arrays.binarySearch(held, term)]++;
        }
      }
      int[][] with = new int[held.length][];
      for (int k = 0; k < held.length; k++) {
        with[k] = new int[counts[k]];
        counts[k] = 0;
      }
      for (int p = 0; p < phrasings.size(); p++) {
        for (int term : phrasings.get(p)) {
          int k = Arrays.binarySearch(held, term);
          with[k][counts[k]++] = p;
        }
      }
      phrasingTermsOfEntry[e] = held;
      phrasingsWithTerm[e] = with;
      phrasingNorms[e] = norms;
    }
  }

  private static int[] sortedIds(Collection<String> terms, TermIds ids) {
    int[] numbers = new int[terms.size()];
    int size = 0;
    for (String term : terms) {
      numbers[size++] = ids.add(term);
    }
    return distinctSorted(numbers, size);
  }

  /** The first {@code size} numbers, sorted, each once (sorts them in place). */
  private static int[] distinctSorted(int[] numbers, int size) {
    Arrays.sort(numbers, 0, size);
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (kept == 0 || numbers[i] != numbers[kept - 1]) {
        numbers[kept++] = numbers[i];
      }
    }
    return Arrays.copyOf(numbers, kept);
  }

  /** Every term some entry uses, for spelling correction, with how many entries use each. */
  SpellingCorrector corrector(TermIds ids) {
    List<String> vocabulary = new ArrayList<>();
    int[] frequencies = new int[entryFrequency.length];
    for (int term = 0; term < entryFrequency.length; term++) {
      if (entryFrequency[term] > 0) {
        frequencies[vocabulary.size()] = entryFrequency[term];
        vocabulary.add(ids.term(term));
      }
    }
    return new SpellingCorrector(vocabulary, frequencies);
  }

  /** Whether any entry uses the term with this number. */
  boolean knows(int term) {
    return term >= 0 && term < entryFrequency.length && entryFrequency[term] > 0;
  }

  /** Each term's {@link #idf}, in order: worked out once per question, used for every entry. */
  double[] idfs(List<WeightedTerm> terms) {
    double[] idfs = new double[terms.size()];
    for (int t = 0; t < idfs.length; t++) {
      idfs[t] = idf(terms.get(t).id());
    }
    return idfs;
  }

  /** The share of the question's IDF-weighted terms that occur anywhere in the entry. */
  double coverage(List<WeightedTerm> terms, double[] idfs, int ordinal) {
    int[] entryTerms = termsOfEntry[ordinal];
    double total = 0;
    double covered = 0;
    for (int t = 0; t < idfs.length; t++) {
      WeightedTerm term = terms.get(t);
      total += idfs[t];
      if (term.known() && Arrays.binarySearch(entryTerms, term.id()) >= 0) {
        covered += idfs[t] * term.weight();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The IDF-weighted cosine between the question and the entry's most similar phrasing or keyword. */
  double closeness(List<WeightedTerm> terms, double[] idfs, int ordinal) {
    int[] phrasingTerms = phrasingTermsOfEntry[ordinal];
    double[] norms = phrasingNorms[ordinal];
    double[] dots = new double[norms.length];
    double questionNorm = 0;
    for (int t = 0; t < idfs.length; t++) {
      double squared = idfs[t] * idfs[t];
      questionNorm += squared;
      WeightedTerm term = terms.get(t);
      int at = term.known() ? Arrays.binarySearch(phrasingTerms, term.id()) : -1;
      if (at >= 0) {
        for (int p : phrasingsWithTerm[ordinal][at]) {
          dots[p] += squared * term.weight();
        }
      }
    }
    double best = 0;
    for (int p = 0; p < dots.length; p++) {
      if (dots[p] > 0) {
        best = Math.max(best, dots[p] / Math.sqrt(questionNorm * norms[p]));
      }
    }
    return Math.min(1.0, best);
  }

  /** BM25's IDF over entries; a term no entry uses gets the highest. */
  private double idf(int term) {
    int withTerm = knows(term) ? entryFrequency[term] : 0;
    return Math.log(1 + (entries - withTerm + 0.5) / (withTerm + 0.5));
  }
}
