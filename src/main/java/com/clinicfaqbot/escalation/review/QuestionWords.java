package com.clinicfaqbot.escalation.review;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A question reduced to the words that say what it is about: lower case, accents and punctuation
 * gone, filler words dropped. "Can I wear make-up after?" and "wear makeup after" come close.
 */
final class QuestionWords {
  /*
   * Filler in clients' questions. Words that change a question's meaning here ("after",
   * "before", "not", "no") are deliberately absent.
   */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
          "can", "could", "did", "do", "does", "for", "from", "get", "had", "has", "have", "hello",
          "hey", "hi", "how", "i", "id", "if", "im", "in", "is", "it", "its", "ive", "just", "me",
          "my", "of", "on", "or", "please", "should", "so", "thank", "thanks", "that", "the",
          "their", "them", "there", "they", "this", "to", "was", "we", "what", "when", "where",
          "which", "who", "why", "will", "with", "would", "you", "your");

  private QuestionWords() {}

  /** The question's meaningful words, in order, repeats kept. */
  static List<String> of(String question) {
    String plain =
        Normalizer.normalize(question, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "") // accents: décolleté → decollete
            .toLowerCase(Locale.ROOT)
            .replace("'", "") // contractions stay one word: i'm → im
            .replace("’", "");
    return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
        .toList();
  }
}
