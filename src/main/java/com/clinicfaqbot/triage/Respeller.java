package com.clinicfaqbot.triage;

import com.clinicfaqbot.faq.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a misspelled safety word as the word itself: "im pregnent" as "im pregnant", "my face is
 * bleading" as "my face is bleeding". Only a word that is no English word at all is respelled (so
 * "rush" never becomes "rash"), and only into a word the rules look for, within one edit
 * (a swap of two neighbouring letters counts as one) or two for a long word, and only when no
 * word of the FAQ's own is closer ("aftercar" is the FAQ's aftercare, not "afterpay").
 *
 * <p>Thread-safe. Clients repeat the same typos, so each word's reading is cached.
 */
final class Respeller {
  /** Shorter rule words are too often another word with one letter changed: "red", "rex", "bed". */
  static final int MIN_LENGTH = 4;
  /**
   * A three-letter non-word is read only as a four-letter rule word with a letter left out and
   * the first one kept ("bab" as baby, "frm" as from): the one slip short words allow.
   */
  private static final int MIN_TYPED_LENGTH = 3;
  /** From this length a word may be two edits away: "infectd" is one, "brusied" is two. */
  private static final int TWO_EDITS_FROM = 7;
  /**
   * Below this length the first letter must be right, or be its neighbour on the keyboard, be
   * swapped with the second or be left out: "nore" is not "sore", but "aore" is "sore", "osres"
   * is "sores" and "upus" is "lupus".
   */
  private static final int FIRST_LETTER_FREE_FROM = 6;
  private static final int MAX_CACHED = 10_000;

  private final EnglishWords english;
  /** The rule words by length, so a word is compared only with words it could be within reach of. */
  private final List<List<String>> byLength = new ArrayList<>();
  /** Rule words the rules let run on with any letters ("diabet" of {@code diabet\w*}). */
  private final List<String> prefixes = new ArrayList<>();
  /** Words of the FAQ's own, by length: a typo as close to one of them is not read as a rule word. */
  private final List<List<String>> rivalsByLength = new ArrayList<>();
  private final Set<String> faqWords;
  private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

  Respeller(Collection<String> ruleWords, Collection<String> faqWords, EnglishWords english) {
    this.english = english;
    this.faqWords = Set.copyOf(faqWords);
    for (String word : ruleWords) {
      if (word.endsWith(String.valueOf(RuleWords.PREFIX))) {
        prefixes.add(word.substring(0, word.length() - 1));
      } else {
        file(byLength, word);
      }
    }
    faqWords.stream().filter(word -> !ruleWords.contains(word)).forEach(word -> file(rivalsByLength, word));
  }

  private static void file(List<List<String>> lists, String word) {
    while (lists.size() <= word.length()) {
      lists.add(new ArrayList<>());
    }
    if (!lists.get(word.length()).contains(word)) {
      lists.get(word.length()).add(word);
    }
  }

  /** {@code normalized} with each misspelled rule word spelled right; the same string if none is. */
  String respell(String normalized) {
    StringBuilder out = null;
    int copied = 0;
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      if (!isLetter(normalized.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isLetter(normalized.charAt(i))) {
        i++;
      }
      // A contraction ("didnt'"), or a word glued to digits, is left as typed.
      boolean glued = i < n && isJoiner(normalized.charAt(i)) || start > 0 && isJoiner(normalized.charAt(start - 1));
      if (glued || i - start < MIN_TYPED_LENGTH) {
        continue;
      }
      Optional<String> meant = reading(normalized.substring(start, i));
      if (meant.isPresent()) {
        if (out == null) {
          out = new StringBuilder(n + 8);
        }
        out.append(normalized, copied, start).append(meant.get());
        copied = i;
      }
    }
    return out == null ? normalized : out.append(normalized, copied, n).toString();
  }

  /** The rule word {@code word} is a misspelling of, if it is one. */
  Optional<String> reading(String word) {
    Optional<String> cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    boolean aWord = english.contains(word) || faqWords.contains(word);
    Optional<String> meant = aWord ? Optional.empty() : closest(word);
    if (cache.size() < MAX_CACHED) {
      cache.put(word, meant);
    }
    return meant;
  }

  private Optional<String> closest(String word) {
    if (word.length() < MIN_LENGTH) {
      return shortReading(word);
    }
    int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
    String best = null;
    int bestDistance = maxEdits + 1;
    int bestRank = -1;
    for (int length = Math.max(MIN_LENGTH, word.length() - maxEdits);
        length <= word.length() + maxEdits && length < byLength.size(); length++) {
      for (String candidate : byLength.get(length)) {
        if (candidate.equals(word)) {
          return Optional.empty(); // already a rule word
        }
        boolean sameFirst = candidate.charAt(0) == word.charAt(0);
        if (!sameFirst && !firstLetterSlip(word, candidate)) {
          continue;
        }
        int distance = EditDistance.within(word, candidate, maxEdits);
        int rank = rank(word, candidate, sameFirst);
        if (distance < bestDistance || distance == bestDistance && distance <= maxEdits && rank > bestRank) {
          best = candidate;
          bestDistance = distance;
          bestRank = rank;
        }
      }
    }
    // A tie goes to the rule word: reading "bleading" as bleeding rather than the FAQ's "leading"
    // costs a hand-off at worst; the other way round it costs a missed complication.
    if (best == null) {
      return prefixReading(word);
    }
    return rivalWithin(word, bestDistance - 1) ? Optional.empty() : Optional.of(best);
  }

  private Optional<String> shortReading(String word) {
    if (byLength.size() <= MIN_LENGTH) {
      return Optional.empty();
    }
    for (String candidate : byLength.get(MIN_LENGTH)) {
      if (candidate.charAt(0) == word.charAt(0) && isSubsequence(word, candidate) && !rivalWithin(word, 1)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** "dabetic" as "diabetic": a prefix the rules let run on, misspelled in its first letters. */
  private Optional<String> prefixReading(String word) {
    for (String prefix : prefixes) {
      if (word.startsWith(prefix)) {
        return Optional.empty();
      }
      for (int length = prefix.length() - 1; length <= prefix.length() + 1 && length <= word.length(); length++) {
        String head = word.substring(0, length);
        if ((head.charAt(0) == prefix.charAt(0) || firstLetterSlip(head, prefix))
            && EditDistance.within(head, prefix, 1) <= 1) {
          String reading = prefix + word.substring(length);
          return rivalWithin(word, 0) ? Optional.empty() : Optional.of(reading);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean firstLetterSlip(String typed, String candidate) {
    return typed.length() >= FIRST_LETTER_FREE_FROM
        || Keyboard.near(typed.charAt(0), candidate.charAt(0))
        || candidate.length() == typed.length() + 1 && candidate.endsWith(typed)
        || typed.length() > 1 && candidate.length() > 1
            && typed.charAt(0) == candidate.charAt(1) && typed.charAt(1) == candidate.charAt(0);
  }

  /** Whether a word of the FAQ's own is at most {@code distance} edits from {@code word}. */
  private boolean rivalWithin(String word, int distance) {
    if (distance < 1) {
      return false; // the word itself is no FAQ word: reading() looked that up first
    }
    for (int length = Math.max(1, word.length() - distance);
        length <= word.length() + distance && length < rivalsByLength.size(); length++) {
      for (String rival : rivalsByLength.get(length)) {
        if (EditDistance.within(word, rival, distance) <= distance) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Between rule words equally close, the likelier slip: the first letter kept; then a letter
   * left out or two swapped, the commonest slips on a phone ("latr" is later, not late); then a
   * letter swapped for its neighbour on the keyboard or its sound-alike ("lazer" is laser).
   */
  private static int rank(String typed, String candidate, boolean sameFirst) {
    int rank = sameFirst ? 4 : 0;
    if (isSubsequence(typed, candidate) || isTransposition(typed, candidate)) {
      rank += 2;
    } else if (typed.length() == candidate.length()) {
      for (int i = 0; i < typed.length(); i++) {
        if (typed.charAt(i) != candidate.charAt(i)) {
          rank += Keyboard.near(typed.charAt(i), candidate.charAt(i)) ? 1 : 0;
          break;
        }
      }
    }
    return rank;
  }

  /** Whether {@code typed} is {@code candidate} with letters left out. */
  private static boolean isSubsequence(String typed, String candidate) {
    if (typed.length() >= candidate.length()) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < candidate.length() && j < typed.length(); i++) {
      if (candidate.charAt(i) == typed.charAt(j)) {
        j++;
      }
    }
    return j == typed.length();
  }

  /** Whether {@code typed} is {@code candidate} with two neighbouring letters swapped. */
  private static boolean isTransposition(String typed, String candidate) {
    if (typed.length() != candidate.length()) {
      return false;
    }
    int i = 0;
    while (i < typed.length() && typed.charAt(i) == candidate.charAt(i)) {
      i++;
    }
    return i + 1 < typed.length() && typed.charAt(i) == candidate.charAt(i + 1) && typed.charAt(i + 1) == candidate.charAt(i)
        && typed.regionMatches(i + 2, candidate, i + 2, typed.length() - i - 2);
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isJoiner(char c) {
    return c == '\'' || c >= '0' && c <= '9' || c > 0x7f && Character.isLetterOrDigit(c);
  }
}
