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
  private final List<Set<String>> termsOfEntry;
  private final List<List<Set<String>>> phrasingsOfEntry;
  /** The IDF norm of each phrasing, in the same order: computed once, used by every question. */
  private final List<double[]> phrasingNorms;
  private final Map<String, Integer> entryFrequency = new HashMap<>();
  private final int entries;

  EntryProfiles(List<FaqEntry> entries, Function<String, List<String>> analyzer) {
    this.entries = entries.size();
    this.termsOfEntry = new ArrayList<>(entries.size());
    this.phrasingsOfEntry = new ArrayList<>(entries.size());
    this.phrasingNorms = new ArrayList<>(entries.size());
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
      phrasingsOfEntry.add(List.copyOf(phrasings));
    }
    for (List<Set<String>> phrasings : phrasingsOfEntry) {
      double[] norms = new double[phrasings.size()];
      for (int i = 0; i < norms.length; i++) {
        for (String term : phrasings.get(i)) {
          double idf = idf(term);
          norms[i] += idf * idf;
        }
      }
      phrasingNorms.add(norms);
    }
  }

  /** Whether any entry uses this (analyzed) term. */
  boolean knows(String term) {
    return entryFrequency.containsKey(term);
  }

  /** The share of the question's IDF-weighted terms that occur anywhere in the entry. */
  double coverage(List<WeightedTerm> terms, int ordinal) {
    Set<String> entryTerms = termsOfEntry.get(ordinal);
    double total = 0;
    double covered = 0;
    for (WeightedTerm term : terms) {
      double idf = idf(term.text());
      total += idf;
      if (term.known() && entryTerms.contains(term.text())) {
        covered += idf * term.weight();
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The IDF-weighted cosine between the question and the entry's most similar phrasing or keyword. */
  double closeness(List<WeightedTerm> terms, int ordinal) {
    double questionNorm = 0;
    for (WeightedTerm term : terms) {
      double idf = idf(term.text());
      questionNorm += idf * idf;
    }
    double best = 0;
    List<Set<String>> phrasings = phrasingsOfEntry.get(ordinal);
    double[] norms = phrasingNorms.get(ordinal);
    for (int p = 0; p < phrasings.size(); p++) {
      Set<String> phrasing = phrasings.get(p);
      double phrasingNorm = norms[p];
      double dot = 0;
      for (WeightedTerm term : terms) {
        if (term.known() && phrasing.contains(term.text())) {
          double idf = idf(term.text());
          dot += idf * idf * term.weight();
        }
      }
      if (dot > 0) {
        best = Math.max(best, dot / Math.sqrt(questionNorm * phrasingNorm));
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
