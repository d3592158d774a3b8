package com.clinicfaqbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a word the FAQ never uses to the closest one it does ("numing" → "numb", "microneedlin" →
 * "microneedl"), within one edit for short words and two for longer ones. Results are cached: the
 * vocabulary is immutable, and clients repeat the same typos.
 */
final class SpellingCorrector {
  private static final int MIN_LENGTH = 4;
  /** A corrected word's weight: an exact word always counts for more than a guessed one. */
  static final float CORRECTED_WEIGHT = 0.8f;
  private static final int MAX_CACHED = 10_000;

  private final Terms vocabulary;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  SpellingCorrector(Terms vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The FAQ word closest to {@code word}, if one is close enough. */
  Optional<String> correct(String word) {
    Optional<String> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    Optional<String> corrected = lookUp(word);
    if (cache.size() < MAX_CACHED) {
      cache.put(word, corrected);
    }
    return corrected;
  }

  private Optional<String> lookUp(String word) {
    if (vocabulary == null || word.length() < MIN_LENGTH) {
      return Optional.empty();
    }
    int maxEdits = word.length() < 6 ? 1 : 2;
    try {
      FuzzyTermsEnum candidates = new FuzzyTermsEnum(vocabulary, new Term("vocabulary", word), maxEdits, 1, true);
      String best = null;
      float bestSimilarity = -1;
      int bestFrequency = -1;
      for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
        float similarity = candidates.getBoost();
        int frequency = candidates.docFreq();
        if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
          best = term.utf8ToString();
          bestSimilarity = similarity;
          bestFrequency = frequency;
        }
      }
      return Optional.ofNullable(best);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the in-memory vocabulary failed", e);
    }
  }
}
