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
 * What each entry's text is made of, as analyzed terms: all its words, and each way it is asked
 * (question, alternates, keywords). Gives the length-independent match signals BM25 lacks:
 * coverage and closeness, both weighted by how rare a term is across entries (IDF).
 */
final class EntryProfiles {
  private static final int[] NO_PHRASINGS = {};

  /** Per entry, every term of its text. */
  private final List<Set<String>> termsOfEntry;
  /**
   * Per entry, each term of its phrasings with the phrasings (by index) that hold it: a question
   * is compared with all of an entry's phrasings in one pass over its own terms.
   */
  private final List<Map<String, int[]>> phrasingsWithTerm;
  /** Per entry, the IDF norm of each phrasing: computed once, used by every question. */
  private final List<double[]> phrasingNorms;
  private final Map<String, Integer> entryFrequency = new HashMap<>();
  private final int entries;

  EntryProfiles(List<FaqEntry> entries, Function<String, List<String>> analyzer) {
    this.entries = entries.size();
    this.termsOfEntry = new ArrayList<>(entries.size());
    this.phrasingsWithTerm = new ArrayList<>(entries.size());
    this.phrasingNorms = new ArrayList<>(entries.size());
    List<List<Set<String>>> phrasingsOfEntry = new ArrayList<>(entries.size());
    for (FaqEntry entry : entries) {
      Set<String> terms = new HashSet<>();
      for (String text : FaqIndex.allTexts(entry)) {
        terms.addAll(analyzer.apply(text));
      }
      termsOfEntry.add(Set.copyOf(terms));
      terms.forEach(term -> entryFrequency.merge(term, 1, Integer::sum));
      List<Set<String>> phrasings = new ArrayList<>();
      phrasings.add(Set.copyOf(analyzer.apply(entry.question())));
      entry.alternates().forEach(alternate -> phrasings.add(Set.copyOf(analyzer.apply(alternate))));
      // A keyword is a very short phrasing: "healing kit" is how some clients ask about aftercare.
      entry.keywords().forEach(keyword -> phrasings.add(Set.copyOf(analyzer.apply(keyword))));
      phrasings.removeIf(Set::isEmpty);
      phrasingsOfEntry.add(phrasings);
    }
    for (List<Set<String>> phrasings : phrasingsOfEntry) {
      double[] norms = new double[phrasings.size()];
      Map<String, List<Integer>> holding = new HashMap<>();
      for (int p = 0; p < norms.length; p++) {
        for (String term : phrasings.get(p)) {
          double idf = idf(term);
          norms[p] += idf * idf;
          holding.computeIfAbsent(term, t -> new ArrayList<>()).add(p);
        }
      }
      Map<String, int[]> byTerm = new HashMap<>();
      holding.forEach((term, indexes) -> byTerm.put(term, indexes.stream().mapToInt(Integer::intValue).toArray()));
      phrasingsWithTerm.add(Map.copyOf(byTerm));
      phrasingNorms.add(norms);
    }
  }

  /** Whether any entry uses this (analyzed) term. */
  boolean knows(String term) {
    return entryFrequency.containsKey(term);
  }

  /** Each term's {@link #idf}, in order: worked out once per question, used for every entry. */
  double[] idfs(List<WeightedTerm> terms) {
    double[] idfs = new double[terms.size()];
    for (int t = 0; t < idfs.length; t++) {
      idfs[t] = idf(terms.get(t).text());
    }
    return idfs;
  }

  /** The share of the question's IDF-weighted terms that occur anywhere in the entry. */
  double coverage(List<WeightedTerm> terms, double[] idfs, int ordinal) {
    Set<String> entryTerms = termsOfEntry.get(ordinal);
    double total = 0;
    double covered = 0;
    for (int t = 0; t < idfs.length; t++) {
      WeightedTerm term = terms.get(t);
      total += idfs[t];
      if (term.known() && entryTerms.contains(term.text())) {
        covered += idfs[t] * term.weight();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The IDF-weighted cosine between the question and the entry's most similar phrasing or keyword. */
  double closeness(List<WeightedTerm> terms, double[] idfs, int ordinal) {
    Map<String, int[]> phrasingsOf = phrasingsWithTerm.get(ordinal);
    double[] norms = phrasingNorms.get(ordinal);
    double[] dots = new double[norms.length];
    double questionNorm = 0;
    for (int t = 0; t < idfs.length; t++) {
      double squared = idfs[t] * idfs[t];
      questionNorm += squared;
      WeightedTerm term = terms.get(t);
      if (term.known()) {
        for (int p : phrasingsOf.getOrDefault(term.text(), NO_PHRASINGS)) {
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
  double idf(String term) {
    int withTerm = entryFrequency.getOrDefault(term, 0);
    return Math.log(1 + (entries - withTerm + 0.5) / (withTerm + 0.5));
  }
}
