package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plain words a rule's regex spells out, so that a misspelling of one of them can be read as
 * the word itself ({@link Respeller}): {@code bleed(?:ing|s)?} gives bleed, bleeding, bleeds.
 *
 * <p>Reads the subset of regex the rules are written in: literals, {@code (?:…|…)} groups and
 * {@code ?}. Anything else ({@code \b}, look-aheads, {@code .*}, classes) ends a word there, so
 * it can only yield fewer words, never a word the regex does not contain. A word the regex lets
 * run on ({@code diabet\w*}) comes as a prefix, marked with a star: "diabet*".
 */
final class RuleWords {
  /** Past this many spellings a group stops being multiplied out (none of the rules comes near). */
  private static final int MAX_SPELLINGS = 50_000;
  /** Stands for a place where a word must end: what the regex has there is not a plain letter. */
  private static final char BREAK = ' ';
  /** Ends a word that the regex lets go on with any letters ({@code diabet\w*}): kept as "diabet*". */
  static final char PREFIX = '*';

  private RuleWords() {}

  /** Every word of at least {@code minLength} letters that {@code regex} spells out. */
  static Set<String> of(String regex, int minLength) {
    Set<String> words = new LinkedHashSet<>();
    for (String spelling : sequence(regex)) {
      for (String word : spelling.split(" ")) {
        String letters = word.endsWith(String.valueOf(PREFIX)) ? word.substring(0, word.length() - 1) : word;
        if (letters.length() >= minLength && letters.chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '\'')) {
          words.add(word);
        }
      }
    }
    return words;
  }

  /** The spellings of a sequence of atoms, alternatives at the top level each spelled out. */
  private static List<String> sequence(String regex) {
    List<String> all = new ArrayList<>();
    for (String alternative : Alternation.splitTopLevel(regex)) {
      all.addAll(concatenation(alternative));
    }
    return all;
  }

  private static List<String> concatenation(String regex) {
    List<String> spellings = List.of("");
    int i = 0;
    while (i < regex.length()) {
      List<String> atom;
      int next;
      char c = regex.charAt(i);
      if (regex.startsWith("(?:", i)) {
        int end = Alternation.groupEnd(regex, i);
        atom = sequence(regex.substring(i + 3, end));
        next = end + 1;
      } else if (regex.startsWith("(?=", i)) {
        // A look-ahead holds words the rule needs, though not at this place: its own words.
        int end = Alternation.groupEnd(regex, i);
        atom = sequence(regex.substring(i + 3, end)).stream().map(w -> BREAK + w + BREAK).toList();
        next = end + 1;
      } else if (c == '(') {
        // A negative look-around or a capturing group: no words a rule needs.
        atom = List.of(String.valueOf(BREAK));
        next = Alternation.groupEnd(regex, i) + 1;
      } else if (c == '\\') {
        char escaped = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
        boolean anyLetters = escaped == 'w' && i + 2 < regex.length() && regex.charAt(i + 2) == '*';
        atom = List.of(escaped == '.' || escaped == '-' || escaped == '\'' ? String.valueOf(escaped)
            : anyLetters ? String.valueOf(PREFIX) : " ");
        next = anyLetters ? i + 3 : i + 2;
      } else if (c == '[') {
        atom = List.of(String.valueOf(BREAK));
        next = Alternation.classEnd(regex, i);
      } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '-') {
        atom = List.of(String.valueOf(c));
        next = i + 1;
      } else {
        atom = List.of(String.valueOf(BREAK));
        next = i + 1;
      }
      // A quantifier after the atom: '?' or '*' may leave it out; '+' and {n,m} keep one.
      if (next < regex.length()) {
        char q = regex.charAt(next);
        if (q == '?' || q == '*') {
          List<String> optional = new ArrayList<>(atom);
          optional.add("");
          atom = c == '\\' || c == '[' ? List.of(String.valueOf(BREAK)) : optional;
          next++;
        } else if (q == '+') {
          next++;
        } else if (q == '{') {
          int close = regex.indexOf('}', next);
          atom = List.of(String.valueOf(BREAK));
          next = close < 0 ? regex.length() : close + 1;
        }
        if (next < regex.length() && regex.charAt(next) == '?') {
          next++; // a lazy quantifier reads the same words
        }
      }
      spellings = product(spellings, atom);
      i = next;
    }
    return spellings;
  }

  private static List<String> product(List<String> left, List<String> right) {
    if (right.size() == 1) {
      String suffix = right.get(0);
      return left.stream().map(l -> l + suffix).toList();
    }
    if ((long) left.size() * right.size() > MAX_SPELLINGS) {
      // Too many to multiply out: keep each side's words apart, broken where they meet.
      List<String> apart = new ArrayList<>(left.size() + right.size());
      left.forEach(l -> apart.add(l + BREAK));
      right.forEach(r -> apart.add(BREAK + r));
      return apart;
    }
    List<String> out = new ArrayList<>(left.size() * right.size());
    for (String l : left) {
      for (String r : right) {
        out.add(l + r);
      }
    }
    return out;
  }
}
