package com.clinicfaqbot.search;

/**
 * Entries ranked for one question, best first: ordinals into the catalog and the scores they
 * ranked by (best phrasing plus the entry's own text). Ties go to the entry listed first.
 */
record RankedEntries(int[] entries, double[] scores) {

  int size() {
    return entries.length;
  }
}
