package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers {@code Pattern.compile(regex).matcher(text).find()} with less work. {@code find()} runs
 * the regex at every position of the text: a {@code \b} check at each, and at each word boundary a
 * walk through the word list's first letters; that was most of the triage's time. Here only the
 * positions where a match can begin are tried (a character the regex can start with, and, where the
 * regex starts with {@code \b} and that character is a letter, no ASCII letter, digit or {@code _}
 * before it), and only there runs the regex, cut down to the alternatives that can begin with that
 * character, once the text there starts with one of the words those alternatives start with
 * ({@link LiteralPrefixes}): most word starts begin no rule word, and setting a matcher to a
 * position costs more than the check. A message's positions are listed by character once
 * ({@link Starts}) and shared by every rule, instead of each rule walking the whole text.
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

  /**
   * A search of a text that can also use a message's shared {@link Starts}: what {@link #of}
   * returns, still a plain predicate for any caller that has only the text.
   */
  interface Search extends Predicate<String> {
    boolean find(Starts starts);

    @Override
    default boolean test(String text) {
      return find(new Starts(text));
    }
  }

  /** {@code predicate} on the message: through its shared starts where the predicate can use them. */
  static boolean test(Predicate<String> predicate, Starts starts) {
    return predicate instanceof Search search ? search.find(starts) : predicate.test(starts.text());
  }

  /** A search for {@code regex} that answers as {@code find()} does. */
  static Predicate<String> of(String regex) {
    // \G is where the last match ended, which searching from chosen positions would move.
    if (!regex.contains("\\G")) {
      Search inFirstLine = allInFirstLine(regex);
      if (inFirstLine != null) {
        return inFirstLine;
      }
      AtStarts atStarts = AtStarts.of(regex);
      if (atStarts != null) {
        return (Search) starts -> atStarts.find(starts, starts.text().length());
      }
    }
    return Pattern.compile(regex).asPredicate();
  }

  /** Whether {@link #of} searches {@code regex} only where it can begin, rather than with {@code find()}. */
  static boolean searchesAtStarts(String regex) {
    return of(regex) instanceof Search;
  }

  /**
   * One message's positions, by character: each ASCII character's positions and, of those, the
   * word starts (no ASCII letter, digit or {@code _} before), ascending. Listed once per message,
   * when a search first asks, and read by every rule; one thread's, like the message.
   */
  static final class Starts {
    private final String text;
    /** Where each character's positions start in {@link #positions}; one more slot ends the last. */
    private int[] firstPosition;
    private int[] positions;
    /** The same for word starts only. */
    private int[] firstWordStart;
    private int[] wordStarts;
    /** Where the first line ends: {@code .} matches up to here. */
    private int firstLineEnd = -1;

    Starts(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    private void list() {
      int[] counts = new int[129];
      int[] wordCounts = new int[129];
      int length = text.length();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 128) {
          counts[c + 1]++;
          if (i == 0 || !isAsciiWordChar(text.charAt(i - 1))) {
            wordCounts[c + 1]++;
          }
        }
      }
      for (int c = 0; c < 128; c++) {
        counts[c + 1] += counts[c];
        wordCounts[c + 1] += wordCounts[c];
      }
      int[] all = new int[counts[128]];
      int[] words = new int[wordCounts[128]];
      int[] nextAll = counts.clone();
      int[] nextWord = wordCounts.clone();
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c < 128) {
          all[nextAll[c]++] = i;
          if (i == 0 || !isAsciiWordChar(text.charAt(i - 1))) {
            words[nextWord[c]++] = i;
          }
        }
      }
      this.firstPosition = counts;
      this.positions = all;
      this.firstWordStart = wordCounts;
      this.wordStarts = words;
    }

    /** The index of the first character {@code .} does not match, or the text's length. */
    int firstLineEnd() {
      if (firstLineEnd < 0) {
        int end = 0;
        while (end < text.length() && !isLineTerminator(text.charAt(end))) {
          end++;
        }
        firstLineEnd = end;
      }
      return firstLineEnd;
    }
  }

  /**
   * {@code \A(?=.*a)(?=.*b).*c}: {@code .} stops at the first line terminator, so each of a, b and c
   * must begin at or before it; the look-aheads do not depend on each other or on {@code .*c}.
   */
  private static Search allInFirstLine(String regex) {
    if (!regex.startsWith("\\A") || !new Reading(regex).single()) {
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
      boolean plain = !part.startsWith("?") && !part.startsWith("+") && new Reading(part).single();
      AtStarts search = plain ? AtStarts.of(part) : null;
      if (search == null) {
        return null;
      }
      searches.add(search);
    }
    AtStarts[] all = searches.toArray(new AtStarts[0]);
    return starts -> {
      int last = starts.firstLineEnd();
      for (AtStarts search : all) {
        if (!search.find(starts, last)) {
          return false;
        }
      }
      return true;
    };
  }

  /** A regex cut to what can begin with each ASCII character. */
  private static final class AtStarts {
    /** Long enough to tell most words apart, short enough to keep a word list's prefixes few. */
    private static final int PREFIX_LENGTH = 6;

    /** The characters a match can begin with, and per character what is tried there. */
    private final char[] firsts;
    private final Pattern[] patterns;
    /** The cut regex starts with {@code \b} and a word character: the one before cannot be one. */
    private final boolean[] afterNonWordOnly;
    private final LiteralPrefixes[] prefixes;

    private AtStarts(char[] firsts, Pattern[] patterns, boolean[] afterNonWordOnly, LiteralPrefixes[] prefixes) {
      this.firsts = firsts;
      this.patterns = patterns;
      this.afterNonWordOnly = afterNonWordOnly;
      this.prefixes = prefixes;
    }

    static AtStarts of(String regex) {
      Reading reading = new Reading(regex);
      Set<Character> first = reading.firstChars();
      if (first == null) {
        return null;
      }
      char[] firsts = new char[first.size()];
      int f = 0;
      for (char c : first) {
        if (c >= 128) {
          return null;
        }
        firsts[f++] = c;
      }
      java.util.Arrays.sort(firsts);
      Pattern[] patterns = new Pattern[firsts.length];
      boolean[] afterNonWordOnly = new boolean[firsts.length];
      LiteralPrefixes[] prefixes = new LiteralPrefixes[firsts.length];
      for (int k = 0; k < firsts.length; k++) {
        char c = firsts[k];
        String cut = reading.restrict(c);
        patterns[k] = Pattern.compile(cut);
        afterNonWordOnly[k] = isAsciiWordChar(c) && new Reading(cut).startsWithBoundary();
        prefixes[k] = LiteralPrefixes.of(cut, PREFIX_LENGTH);
      }
      return new AtStarts(firsts, patterns, afterNonWordOnly, prefixes);
    }

    /** Whether the regex matches beginning at some position up to {@code last}. */
    boolean find(Starts starts, int last) {
      if (starts.positions == null) {
        starts.list();
      }
      String text = starts.text;
      for (int k = 0; k < firsts.length; k++) {
        char c = firsts[k];
        int[] at = afterNonWordOnly[k] ? starts.wordStarts : starts.positions;
        int[] first = afterNonWordOnly[k] ? starts.firstWordStart : starts.firstPosition;
        // One matcher per character, made when first needed and moved along the message.
        Matcher matcher = null;
        for (int p = first[c]; p < first[c + 1]; p++) {
          int i = at[p];
          if (i > last) {
            break;
          }
          if (!prefixes[k].canBeginAt(text, i)) {
            continue;
          }
          if (matcher == null) {
            // Transparent, non-anchoring bounds: \b, look-behinds and \A see the whole text, as in find().
            matcher = patterns[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
          }
          if (matcher.region(i, text.length()).lookingAt()) {
            return true;
          }
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
    return new Reading(regex).firstChars();
  }

  /**
   * Reads the start of one regex. Cutting a regex for each of its first characters reads the same
   * alternatives again and again, so groups are matched once and every part of the regex is a
   * range of it: no part is copied, scanned for its end or split twice.
   */
  private static final class Reading {
    /** What {@link #firstChars} remembers for a part whose start is not plain to read. */
    private static final Set<Character> UNREADABLE = Set.of();

    private final String regex;
    /** For each {@code (} or {@code [} that opens a group or class, the index just past its end. */
    private final int[] end;
    private final Map<Long, Set<Character>> firstChars = new HashMap<>();

    Reading(String regex) {
      this.regex = regex;
      this.end = new int[regex.length()];
      int[] open = new int[regex.length()];
      int depth = 0;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          int classEnd = Alternation.classEnd(regex, i);
          end[i] = classEnd;
          i = classEnd - 1;
        } else if (c == '(') {
          open[depth++] = i;
        } else if (c == ')' && depth > 0) {
          end[open[--depth]] = i + 1;
        }
      }
      if (depth != 0) {
        throw new IllegalArgumentException("unbalanced group in " + regex);
      }
    }

    Set<Character> firstChars() {
      return firstChars(0, regex.length());
    }

    /** The top-level alternatives of {@code [from, to)}, as ranges: start and end of each. */
    private int[] split(int from, int to) {
      int[] cuts = new int[8];
      int size = 0;
      int start = from;
      for (int i = from; i < to; i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[' || c == '(') {
          i = end[i] - 1;
        } else if (c == '|') {
          if (size + 2 > cuts.length) {
            cuts = java.util.Arrays.copyOf(cuts, 2 * cuts.length);
          }
          cuts[size++] = start;
          cuts[size++] = i;
          start = i + 1;
        }
      }
      if (size + 2 > cuts.length) {
        cuts = java.util.Arrays.copyOf(cuts, size + 2);
      }
      cuts[size++] = start;
      cuts[size++] = to;
      return java.util.Arrays.copyOf(cuts, size);
    }

    private boolean startsWith(String text, int at, int to) {
      return at + text.length() <= to && regex.startsWith(text, at);
    }

    Set<Character> firstChars(int from, int to) {
      long key = ((long) from << 32) | to;
      Set<Character> chars = firstChars.get(key);
      if (chars == null) {
        chars = readFirstChars(from, to);
        firstChars.put(key, chars == null ? UNREADABLE : chars);
      }
      return chars == UNREADABLE ? null : chars;
    }

    private Set<Character> readFirstChars(int from, int to) {
      Set<Character> chars = new HashSet<>();
      int[] alternatives = split(from, to);
      for (int a = 0; a < alternatives.length; a += 2) {
        Set<Character> first = sequenceFirstChars(alternatives[a], alternatives[a + 1]);
        if (first == null) {
          return null;
        }
        chars.addAll(first);
      }
      return chars;
    }

    private Set<Character> sequenceFirstChars(int from, int to) {
      while (startsWith("\\b", from, to)) {
        from += 2;
      }
      if (from >= to) {
        return null;
      }
      Set<Character> chars = new HashSet<>();
      int next;
      char c = regex.charAt(from);
      if (startsWith("(?:", from, to)) {
        int groupEnd = end[from];
        Set<Character> inner = firstChars(from + 3, groupEnd - 1);
        if (inner == null) {
          return null;
        }
        chars.addAll(inner);
        next = groupEnd;
      } else if (startsWith("\\d", from, to)) {
        for (char d = '0'; d <= '9'; d++) {
          chars.add(d);
        }
        next = from + 2;
      } else if (c == '\\' && from + 1 < to && !Character.isLetterOrDigit(regex.charAt(from + 1))) {
        chars.add(regex.charAt(from + 1));
        next = from + 2;
      } else if (Character.isLetterOrDigit(c)) {
        chars.add(c);
        next = from + 1;
      } else {
        return null;
      }
      boolean optional = next < to && "?*{".indexOf(regex.charAt(next)) >= 0;
      return optional ? null : chars;
    }

    /** The regex without the alternatives at its start that cannot begin with {@code c}. */
    String restrict(char c) {
      StringBuilder out = new StringBuilder();
      restrict(0, regex.length(), c, out);
      return out.toString();
    }

    private void restrict(int from, int to, char c, StringBuilder out) {
      int[] alternatives = split(from, to);
      if (alternatives.length > 2) {
        boolean first = true;
        for (int a = 0; a < alternatives.length; a += 2) {
          if (firstChars(alternatives[a], alternatives[a + 1]).contains(c)) {
            if (!first) {
              out.append('|');
            }
            first = false;
            restrict(alternatives[a], alternatives[a + 1], c, out);
          }
        }
        return;
      }
      if (startsWith("\\b", from, to)) {
        out.append("\\b");
        restrict(from + 2, to, c, out);
        return;
      }
      if (!startsWith("(?:", from, to)) {
        out.append(regex, from, to);
        return;
      }
      int groupEnd = end[from];
      if (groupEnd < to && "?*+{".indexOf(regex.charAt(groupEnd)) >= 0) {
        out.append(regex, from, to); // (?:ab|cd)+: only the first round has to begin with c
        return;
      }
      out.append("(?:");
      restrict(from + 3, groupEnd - 1, c, out);
      out.append(')').append(regex, groupEnd, to);
    }

    /** Whether every way into the regex starts with {@code \\b}. */
    boolean startsWithBoundary() {
      return startsWithBoundary(0, regex.length());
    }

    private boolean startsWithBoundary(int from, int to) {
      int[] alternatives = split(from, to);
      if (alternatives.length > 2) {
        for (int a = 0; a < alternatives.length; a += 2) {
          if (!startsWithBoundary(alternatives[a], alternatives[a + 1])) {
            return false;
          }
        }
        return true;
      }
      if (startsWith("\\b", from, to)) {
        return true;
      }
      return startsWith("(?:", from, to) && startsWithBoundary(from + 3, end[from] - 1);
    }

    /** Whether the whole regex is one alternative. */
    boolean single() {
      return split(0, regex.length()).length == 2;
    }
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A character every definition of {@code \b} counts as part of a word. */
  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
}
