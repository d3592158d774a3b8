package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a regex so that every large {@code (?:a|b|…)} group is factored by first letter:
 * {@code (?:pus|puss|pain)} becomes {@code (?:p(?:us|uss|ain))}. Java's engine tries alternatives
 * one by one at every position; the safety rules list dozens of words per group, so factoring
 * turns ~80 attempts per word boundary into about one. Which strings match is unchanged
 * ({@code TriageRulesFactoringTest} checks it against the plain patterns).
 */
final class Alternation {
  private static final int MIN_ALTERNATIVES = 4;

  private Alternation() {}

  static String factor(String regex) {
    StringBuilder out = new StringBuilder(regex.length());
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        out.append(regex, i, Math.min(i + 2, regex.length()));
        i += 2;
      } else if (c == '[') {
        int end = classEnd(regex, i);
        out.append(regex, i, end);
        i = end;
      } else if (regex.startsWith("(?:", i)) {
        int end = groupEnd(regex, i);
        String inner = factor(regex.substring(i + 3, end));
        out.append("(?:").append(factorAlternatives(inner)).append(')');
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String factorAlternatives(String inner) {
    List<String> alternatives = splitTopLevel(inner);
    if (alternatives.size() < MIN_ALTERNATIVES) {
      return inner;
    }
    Map<Character, List<String>> byFirst = new LinkedHashMap<>();
    List<String> others = new ArrayList<>();
    for (String alternative : alternatives) {
      if (startsWithPlainLetter(alternative)) {
        byFirst.computeIfAbsent(alternative.charAt(0), k -> new ArrayList<>()).add(alternative.substring(1));
      } else {
        others.add(alternative);
      }
    }
    List<String> groups = new ArrayList<>();
    byFirst.forEach((first, rests) -> groups.add(rests.size() == 1
        ? first + rests.get(0)
        : first + "(?:" + String.join("|", rests) + ")"));
    groups.addAll(others);
    return String.join("|", groups);
  }

  /** A letter or digit matched literally, not quantified by what follows. */
  private static boolean startsWithPlainLetter(String alternative) {
    if (alternative.isEmpty() || !Character.isLetterOrDigit(alternative.charAt(0))) {
      return false;
    }
    return alternative.length() == 1 || "?*+{".indexOf(alternative.charAt(1)) < 0;
  }

  /** The top-level alternatives of {@code inner} (the text of a group, or a whole regex). */
  static List<String> splitTopLevel(String inner) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(inner, i) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(inner.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(inner.substring(start));
    return parts;
  }

  /** The index just past the character class starting at {@code open}. */
  static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    if (i < regex.length() && regex.charAt(i) == ']') {
      i++;
    }
    while (i < regex.length() && regex.charAt(i) != ']') {
      i += regex.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** The index of the ')' closing the group that opens at {@code open}. */
  static int groupEnd(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i) - 1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced group in " + regex);
  }
}
