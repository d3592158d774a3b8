package com.clinicfaqbot.faq;

/**
 * A shallow check of one Solr-format synonym line ({@code a, b, c} or {@code a, b => c}), so a
 * typo is reported with its line before Lucene's parser sees it.
 */
final class SynonymSyntax {
  private SynonymSyntax() {}

  /** Returns a problem description, or {@code null} when the line is well formed. */
  static String check(String line) {
    String[] sides = line.split("=>", -1);
    if (sides.length > 2) {
      return "a synonym rule has at most one '=>'";
    }
    for (String side : sides) {
      for (String term : side.split("(?<!\\\\),", -1)) {
        if (term.isBlank()) {
          return "empty term in synonym rule '" + line + "'";
        }
      }
    }
    if (sides.length == 1 && sides[0].split("(?<!\\\\),").length < 2) {
      return "a synonym rule needs at least two terms separated by commas: '" + line + "'";
    }
    return null;
  }
}
