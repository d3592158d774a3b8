package com.clinicfaqbot.triage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A short text a regex finds, made from the regex itself: the first alternative of each choice,
 * optional and repeatable parts as few times as allowed, one character for a class or an escape,
 * a space where {@code \b} separates two words, and what a look-ahead looks for written in
 * place. That reads the rule table's own words ("my face is red", "accutane"), so a warm-up
 * can run every rule to a match. The example is checked with {@code find()}; where the reading
 * cannot make one, there is none.
 */
final class RegexExample {
  private final String regex;
  private final StringBuilder out = new StringBuilder();
  private boolean boundary;

  private RegexExample(String regex) {
    this.regex = regex;
  }

  static Optional<String> of(String regex) {
    try {
      RegexExample example = new RegexExample(regex);
      example.alternatives(0, regex.length());
      String text = example.out.toString().strip();
      return Pattern.compile(regex).matcher(text).find() ? Optional.of(text) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty(); // a construct this reading does not know
    }
  }

  /** The first alternative of {@code [from, to)}. */
  private void alternatives(int from, int to) {
    int end = from;
    while (end < to && regex.charAt(end) != '|') {
      end = next(end);
    }
    sequence(from, end);
  }

  /** The index just past the atom at {@code i}, quantifier excluded. */
  private int next(int i) {
    char c = regex.charAt(i);
    if (c == '\\') {
      return i + 2;
    }
    if (c == '[') {
      return Alternation.classEnd(regex, i);
    }
    if (c == '(') {
      return Alternation.groupEnd(regex, i) + 1;
    }
    return i + 1;
  }

  private void sequence(int from, int to) {
    int i = from;
    while (i < to) {
      int end = next(i);
      int times = 1;
      int after = end;
      if (end < to) {
        char q = regex.charAt(end);
        if (q == '?' || q == '*') {
          times = 0;
          after = end + 1;
        } else if (q == '+') {
          after = end + 1;
        } else if (q == '{') {
          int close = regex.indexOf('}', end);
          times = Integer.parseInt(regex.substring(end + 1, close).split(",", -1)[0]);
          after = close + 1;
        }
        // x?? x*? x+? x{m}? (lazy) and x?+ (possessive) match the same strings.
        if (after > end && after < to && (regex.charAt(after) == '?' || regex.charAt(after) == '+')) {
          after++;
        }
      }
      for (int t = 0; t < times; t++) {
        atom(i, end);
      }
      i = after;
    }
  }

  private void atom(int from, int to) {
    char c = regex.charAt(from);
    if (c == '(') {
      if (regex.startsWith("(?=", from)) {
        // (?=.*x): x somewhere ahead; written here, the rest follows it.
        int inner = regex.startsWith("(?=.*", from) ? from + 5 : from + 3;
        alternatives(inner, to - 1);
        boundary = true;
      } else if (regex.startsWith("(?!", from) || regex.startsWith("(?<", from)) {
        return; // a negative look-ahead or a look-behind adds nothing
      } else {
        alternatives(regex.startsWith("(?:", from) ? from + 3 : from + 1, to - 1);
      }
      return;
    }
    if (c == '\\') {
      char e = regex.charAt(from + 1);
      switch (e) {
        case 'b' -> boundary = true;
        case 'A', 'z', 'Z', 'G' -> { }
        case 'd' -> append('1');
        case 's' -> append(' ');
        case 'w' -> append('a');
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw new IllegalArgumentException("unknown escape \\" + e);
          }
          append(e);
        }
      }
      return;
    }
    if (c == '[') {
      append(regex.charAt(from + 1) == '^' ? 'x' : regex.charAt(from + 1));
      return;
    }
    if (c == '^' || c == '$') {
      return;
    }
    append(c == '.' ? 'x' : c);
  }

  private void append(char c) {
    if (boundary && !out.isEmpty() && isWordChar(out.charAt(out.length() - 1)) && isWordChar(c)) {
      out.append(' ');
    }
    boundary = false;
    out.append(c);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
