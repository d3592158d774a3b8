package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code Pattern.compile(regex).matcher(text).find()} with less work. {@code find()} runs
 * the regex at every position of the text: a {@code \b} check at each, and at each word boundary a
 * walk through the word list's first letters; that was most of the triage's time. Here a plain loop
 * over the text picks the positions where a match can begin (a character the regex can start with,
 * and, where the regex starts with {@code \b} and that character is a letter, no ASCII letter,
 * digit or {@code _} before it), and only there runs the regex, cut down to the alternatives that
 * can begin with that character, once the text there starts with one of the words those
 * alternatives start with ({@link LiteralPrefixes}): most word starts begin no rule word, and
 * setting a matcher to a position costs more than the check.
 *
 * <p>Only regexes whose first characters are plain to read are searched this way: alternatives
 * starting with a letter, a digit, {@code \d} or an escaped symbol, possibly after {@code \b} or
 * inside an unquantified {@code (?:…)} group. Anything else ({@code [ab]}, {@code x?}, {@code \w},
 * …) is left to {@code find()}. A rule {@code \A(?=.*a)(?=.*b).*c} is three such searches: a, b and
 * c each begin in the first line. {@code RuleSearchTest} and {@code TriageRulesFactoringTest} check
 * the answers are the same.
 */
final class RuleSearch {
  private RuleSearch() {}

  /** A search for {@code regex} that answers as {@code find()} does. */
  static Predicate<String> of(String regex) {
    // \G is where the last match ended, which searching from chosen positions would move.
    if (!regex.contains("\\G")) {
      Predicate<String> inFirstLine = allInFirstLine(regex);
      if (inFirstLine != null) {
        return inFirstLine;
      }
      AtStarts atStarts = AtStarts.of(regex);
      if (atStarts != null) {
        return text -> atStarts.find(text, text.length());
      }
    }
    return Pattern.compile(regex).asPredicate();
  }

  /** Whether {@link #of} searches {@code regex} only where it can begin, rather than with {@code find()}. */
  static boolean searchesAtStarts(String regex) {
    return !regex.contains("\\G") && (allInFirstLine(regex) != null || AtStarts.of(regex) != null);
  }

  /**
   * {@code \A(?=.*a)(?=.*b).*c}: {@code .} stops at the first line terminator, so each of a, b and c
   * must begin at or before it; the look-aheads do not depend on each other or on {@code .*c}.
   */
  private static Predicate<String> allInFirstLine(String regex) {
    if (!regex.startsWith("\\A") || Alternation.splitTopLevel(regex).size() != 1) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int i = 2;
    while (regex.startsWith("(?=.*", i)) {
      int end = Alternation.groupEnd(regex, i);
      parts.add(regex.substring(i + 5, end));
      i = end + 1;
    }
    if (!regex.startsWith(".*", i)) {
      return null;
    }
    parts.add(regex.substring(i + 2));
    List<AtStarts> searches = new ArrayList<>();
    for (String part : parts) {
      // ".*?" and ".*+" are other quantifiers; in (?=.*a|b) the ".*" belongs to a only.
      boolean plain = !part.startsWith("?") && !part.startsWith("+") && Alternation.splitTopLevel(part).size() == 1;
      AtStarts search = plain ? AtStarts.of(part) : null;
      if (search == null) {
        return null;
      }
      searches.add(search);
    }
    return text -> {
      int last = firstLineEnd(text);
      for (AtStarts search : searches) {
        if (!search.find(text, last)) {
          return false;
        }
      }
      return true;
    };
  }

  /** The index of the first character {@code .} does not match, or the text's length. */
  private static int firstLineEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return text.length();
  }

  /** A regex cut to what can begin with each ASCII character. */
  private static final class AtStarts {
    /** Long enough to tell most words apart, short enough to keep a word list's prefixes few. */
    private static final int PREFIX_LENGTH = 6;

    private final Pattern[] byFirst = new Pattern[128];
    /** The cut regex starts with {@code \b} and a word character: the one before cannot be one. */
    private final boolean[] afterNonWordOnly = new boolean[128];
    private final LiteralPrefixes[] prefixes = new LiteralPrefixes[128];

    static AtStarts of(String regex) {
      Set<Character> first = firstChars(regex);
      if (first == null || first.stream().anyMatch(c -> c >= 128)) {
        return null;
      }
      AtStarts search = new AtStarts();
      for (char c : first) {
        String cut = restrict(regex, c);
        search.byFirst[c] = Pattern.compile(cut);
        search.afterNonWordOnly[c] = isAsciiWordChar(c) && startsWithBoundary(cut);
        search.prefixes[c] = LiteralPrefixes.of(cut, PREFIX_LENGTH);
      }
      return search;
    }

    /** Whether the regex matches beginning at some position up to {@code last}. */
    boolean find(String text, int last) {
      int end = Math.min(last + 1, text.length());
      // One matcher per first character, made when first needed and moved along: a long message
      // tries the same few patterns at dozens of word starts.
      Matcher[] matchers = null;
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        Pattern pattern = c < 128 ? byFirst[c] : null;
        if (pattern == null
            || (afterNonWordOnly[c] && i > 0 && isAsciiWordChar(text.charAt(i - 1)))
            || !prefixes[c].canBeginAt(text, i)) {
          continue;
        }
        if (matchers == null) {
          matchers = new Matcher[byFirst.length];
        }
        if (matchers[c] == null) {
          // Transparent, non-anchoring bounds: \b, look-behinds and \A see the whole text, as in find().
          matchers[c] = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (matchers[c].region(i, text.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The characters a match of {@code regex} can begin with, or null when that is not plain to read
   * (an empty alternative, an optional start, a class, any other escape or group).
   */
  static Set<Character> firstChars(String regex) {
    Set<Character> chars = new HashSet<>();
    for (String alternative : Alternation.splitTopLevel(regex)) {
      Set<Character> first = sequenceFirstChars(alternative);
      if (first == null) {
        return null;
      }
      chars.addAll(first);
    }
    return chars;
  }

  private static Set<Character> sequenceFirstChars(String sequence) {
    if (sequence.startsWith("\\b")) {
      return sequenceFirstChars(sequence.substring(2));
    }
    if (sequence.isEmpty()) {
      return null;
    }
    Set<Character> chars = new HashSet<>();
    int next;
    char c = sequence.charAt(0);
    if (sequence.startsWith("(?:")) {
      int end = Alternation.groupEnd(sequence, 0);
      Set<Character> inner = firstChars(sequence.substring(3, end));
      if (inner == null) {
        return null;
      }
      chars.addAll(inner);
      next = end + 1;
    } else if (sequence.startsWith("\\d")) {
      for (char d = '0'; d <= '9'; d++) {
        chars.add(d);
      }
      next = 2;
    } else if (c == '\\' && sequence.length() > 1 && !Character.isLetterOrDigit(sequence.charAt(1))) {
      chars.add(sequence.charAt(1));
      next = 2;
    } else if (Character.isLetterOrDigit(c)) {
      chars.add(c);
      next = 1;
    } else {
      return null;
    }
    boolean optional = next < sequence.length() && "?*{".indexOf(sequence.charAt(next)) >= 0;
    return optional ? null : chars;
  }

  /** The regex without the alternatives at its start that cannot begin with {@code c}. */
  private static String restrict(String regex, char c) {
    List<String> alternatives = Alternation.splitTopLevel(regex);
    if (alternatives.size() > 1) {
      List<String> kept = new ArrayList<>();
      for (String alternative : alternatives) {
        if (firstChars(alternative).contains(c)) {
          kept.add(restrict(alternative, c));
        }
      }
      return String.join("|", kept);
    }
    if (regex.startsWith("\\b")) {
      return "\\b" + restrict(regex.substring(2), c);
    }
    if (!regex.startsWith("(?:")) {
      return regex;
    }
    int end = Alternation.groupEnd(regex, 0);
    if (end + 1 < regex.length() && "?*+{".indexOf(regex.charAt(end + 1)) >= 0) {
      return regex; // (?:ab|cd)+: only the first round has to begin with c
    }
    return "(?:" + restrict(regex.substring(3, end), c) + ")" + regex.substring(end + 1);
  }

  /** Whether every way into {@code regex} starts with {@code \b}. */
  private static boolean startsWithBoundary(String regex) {
    List<String> alternatives = Alternation.splitTopLevel(regex);
    if (alternatives.size() > 1) {
      return alternatives.stream().allMatch(RuleSearch::startsWithBoundary);
    }
    if (regex.startsWith("\\b")) {
      return true;
    }
    return regex.startsWith("(?:") && startsWithBoundary(regex.substring(3, Alternation.groupEnd(regex, 0)));
  }

  /** A character every definition of {@code \b} counts as part of a word. */
  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
