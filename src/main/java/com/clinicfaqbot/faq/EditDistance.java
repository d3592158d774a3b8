package com.clinicfaqbot.faq;

/**
 * Edit distances: Levenshtein for "did you mean" hints on misspelled field names, and a bounded
 * one with transpositions for clients' typos.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The optimal-string-alignment distance (insertions, deletions, substitutions, and swaps of two
   * neighbouring letters, the commonest phone typo), or {@code max + 1} as soon as it must exceed
   * {@code max}: a typo check only needs to know whether a word is within one or two edits.
   */
  public static int within(CharSequence a, CharSequence b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      char ai = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char bj = b.charAt(j - 1);
        int cost = ai == bj ? 0 : 1;
        int d = Math.min(previous[j - 1] + cost, Math.min(previous[j], current[j - 1]) + 1);
        if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
          d = Math.min(d, twoBack[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] oldest = twoBack;
      twoBack = previous;
      previous = current;
      current = oldest;
    }
    return Math.min(previous[m], max + 1);
  }

  static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
