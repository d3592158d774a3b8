package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal strings every match of a regex begins with, checked before the regex is run at a
 * position. Setting a matcher to a position costs time in proportion to the regex's groups (each
 * {@code (?:…)} has a slot cleared at every reset), and most word starts in a message begin no
 * rule word: a plain {@code startsWith} turns those away first.
 *
 * <p>Only what is plain to read goes into a prefix: letters, digits, spaces and other characters
 * matched as themselves, through {@code \b}, {@code (?:…)} groups and {@code x?} (read both with
 * and without x). A prefix ends before anything else (a class, an escape such as {@code \d}, a
 * repeated atom, a look-around), which keeps it true: it may let through a position where the
 * regex fails, never turn one away where it matches.
 */
final class LiteralPrefixes {
  /** Past this many prefixes the reading stops where it is: a few short ones check faster. */
  private static final int MAX_PREFIXES = 64;
  private static final String META = "\\^$.|?*+()[]{}";

  /** Shortest first, none the start of another; empty when nothing could be read. */
  private final String[] prefixes;
  /**
   * The characters a prefix can have second (bit {@code c % 64} of word {@code c / 64}), when every
   * prefix has two: one test turns away most positions before any {@code startsWith}.
   */
  private final long[] seconds;

  private LiteralPrefixes(String[] prefixes) {
    this.prefixes = prefixes;
    boolean allTwoLong = prefixes.length > 0;
    for (String prefix : prefixes) {
      allTwoLong &= prefix.length() >= 2;
    }
    this.seconds = allTwoLong ? new long[2] : null;
    for (String prefix : allTwoLong ? prefixes : new String[0]) {
      char second = prefix.charAt(1);
      seconds[second >> 6] |= 1L << second;
    }
  }

  /** The prefixes of {@code regex}'s matches, each at most {@code maxLength} characters long. */
  static LiteralPrefixes of(String regex, int maxLength) {
    if (hasInlineFlags(regex)) {
      return new LiteralPrefixes(new String[0]);
    }
    List<Partial> read = new Reading(maxLength).alternatives(List.of(new Partial("", true)), regex);
    TreeSet<String> sorted = new TreeSet<>();
    for (Partial partial : read) {
      sorted.add(partial.text());
    }
    List<String> kept = new ArrayList<>();
    for (String prefix : sorted) {
      // Sorted order puts "pus" before "puss": a text that starts with the longer starts with the shorter.
      if (kept.isEmpty() || !prefix.startsWith(kept.get(kept.size() - 1))) {
        kept.add(prefix);
      }
    }
    return new LiteralPrefixes(kept.contains("") ? new String[0] : kept.toArray(String[]::new));
  }

  /** {@code (?i)}, {@code (?-i:…)}: flags set inside a group can reach the alternatives after it. */
  private static boolean hasInlineFlags(String regex) {
    for (int i = regex.indexOf("(?"); i >= 0 && i + 2 < regex.length(); i = regex.indexOf("(?", i + 1)) {
      char flag = regex.charAt(i + 2);
      if (flag == '-' || (flag >= 'a' && flag <= 'z') || (flag >= 'A' && flag <= 'Z')) {
        return true;
      }
    }
    return false;
  }

  /** Whether a match can begin at {@code start}: false only where none of the prefixes does. */
  boolean canBeginAt(String text, int start) {
    if (prefixes.length == 0) {
      return true;
    }
    if (seconds != null) {
      // Every prefix character is ASCII.
      char second = start + 1 < text.length() ? text.charAt(start + 1) : Character.MAX_VALUE;
      if (second >= 128 || (seconds[second >> 6] & (1L << second)) == 0) {
        return false;
      }
    }
    for (String prefix : prefixes) {
      if (text.startsWith(prefix, start)) {
        return true;
      }
    }
    return false;
  }

  /** The prefixes, for tests; empty when any text may begin a match. */
  List<String> prefixes() {
    return List.of(prefixes);
  }

  /** What a match has read so far; {@code open} while the regex's next atom can still add to it. */
  private record Partial(String text, boolean open) {
    Partial closed() {
      return open ? new Partial(text, false) : this;
    }
  }

  /** Reads the regex atom by atom, carrying every partial prefix through each alternative. */
  private record Reading(int maxLength) {
    List<Partial> alternatives(List<Partial> from, String regex) {
      // Closed partials pass by once, not once per alternative.
      Set<Partial> out = new LinkedHashSet<>();
      List<Partial> open = new ArrayList<>();
      for (Partial partial : from) {
        (partial.open() ? open : out).add(partial);
      }
      for (String alternative : Alternation.splitTopLevel(regex)) {
        out.addAll(sequence(open, alternative));
      }
      return out.size() > MAX_PREFIXES ? closeAll(from) : List.copyOf(out);
    }

    private List<Partial> sequence(List<Partial> from, String sequence) {
      List<Partial> partials = from;
      int i = 0;
      while (i < sequence.length() && anyOpen(partials)) {
        if (sequence.startsWith("\\b", i)) {
          i += 2; // matches no character: the prefix goes on after it
          continue;
        }
        int end = atomEnd(sequence, i);
        if (end < 0) {
          break; // a class, \d, \s, a look-around, a capturing group: not plain to read
        }
        char quantifier = end < sequence.length() ? sequence.charAt(end) : 0;
        if (quantifier == '?') {
          // x? is (?:|x): a match goes on with or without it. (x?? and x?+ match no other strings.)
          partials = alternatives(partials, "|" + sequence.substring(i, end));
          i = end + 1 < sequence.length() && "?+".indexOf(sequence.charAt(end + 1)) >= 0 ? end + 2 : end + 1;
        } else if ("*+{".indexOf(quantifier) >= 0) {
          break; // repeated: the prefix ends before it
        } else {
          partials = sequence.charAt(i) == '(' ? alternatives(partials, sequence.substring(i + 3, end - 1))
              : append(partials, sequence.charAt(end - 1));
          i = end;
        }
      }
      return i < sequence.length() ? closeAll(partials) : partials;
    }

    /**
     * The end of the atom at {@code i} when it is a {@code (?:…)} group or one character matched as
     * itself (the last character of the atom), else -1.
     */
    private static int atomEnd(String sequence, int i) {
      char c = sequence.charAt(i);
      if (sequence.startsWith("(?:", i)) {
        return Alternation.groupEnd(sequence, i) + 1;
      }
      if (c == '\\') {
        return i + 1 < sequence.length() && isPlainSymbol(sequence.charAt(i + 1)) ? i + 2 : -1;
      }
      return c < 128 && META.indexOf(c) < 0 ? i + 1 : -1;
    }

    private List<Partial> append(List<Partial> partials, char c) {
      List<Partial> out = new ArrayList<>(partials.size());
      for (Partial partial : partials) {
        if (!partial.open()) {
          out.add(partial);
        } else {
          String text = partial.text() + c;
          out.add(new Partial(text, text.length() < maxLength));
        }
      }
      return out;
    }

    private static List<Partial> closeAll(List<Partial> partials) {
      List<Partial> closed = new ArrayList<>(partials.size());
      for (Partial partial : partials) {
        closed.add(partial.closed());
      }
      return closed;
    }

    private static boolean anyOpen(List<Partial> partials) {
      for (Partial partial : partials) {
        if (partial.open()) {
          return true;
        }
      }
      return false;
    }

    /** An escaped ASCII character that stands for itself: {@code \$}, {@code \.}, not {@code \d}. */
    private static boolean isPlainSymbol(char c) {
      return c < 128 && !Character.isLetterOrDigit(c);
    }
  }
}
