package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One entry's texts, each analyzed once when the FAQ is loaded: the index, the entry profiles and
 * the word model are all built from these instead of analyzing the same text again for each.
 *
 * @param keywordText the keywords joined into one text, as the keywords field holds them (a
 *     multi-word synonym can match across two keywords, so this is not the keywords' terms in a row)
 */
record AnalyzedEntry(Tokens question, List<Tokens> alternates, List<Tokens> keywords, Tokens keywordText, Tokens answer) {
  /**
   * A text's terms in order, and how many of them share a position with the one before (a
   * synonym stacked on a word): Lucene leaves those out of a field's length.
   */
  record Tokens(List<String> terms, int overlaps) {
    /** The field length BM25 normalizes by. */
    int length() {
      return terms.size() - overlaps;
    }
  }

  static AnalyzedEntry of(FaqEntry entry, Function<String, Tokens> analyzer) {
    return new AnalyzedEntry(
        analyzer.apply(entry.question()),
        each(entry.alternates(), analyzer),
        each(entry.keywords(), analyzer),
        analyzer.apply(keywordText(entry)),
        analyzer.apply(entry.answer()));
  }

  private static List<Tokens> each(List<String> texts, Function<String, Tokens> analyzer) {
    List<Tokens> analyzed = new ArrayList<>(texts.size());
    for (String text : texts) {
      analyzed.add(analyzer.apply(text));
    }
    return analyzed;
  }

  /** The text of an entry's keywords field. */
  static String keywordText(FaqEntry entry) {
    return String.join(" , ", entry.keywords());
  }

  /** The question, then each alternate: one document each. */
  List<Tokens> phrasings() {
    List<Tokens> phrasings = new ArrayList<>(1 + alternates.size());
    phrasings.add(question);
    phrasings.addAll(alternates);
    return phrasings;
  }

  /** Every text of the entry on its own: question, alternates, keywords, answer. */
  List<Tokens> allTexts() {
    List<Tokens> texts = phrasings();
    texts.addAll(keywords);
    texts.add(answer);
    return texts;
  }
}
