package com.clinicfaqbot.search;

import java.util.Arrays;

/**
 * Where each entry's documents are in the index: every phrasing first, entry by entry in FAQ
 * order, then one text document (keywords and answer) per entry in the same order. Knowing the
 * layout, a hit's document maps to its entry by arithmetic, and an entry's documents can be found
 * without a query.
 */
final class EntryDocs {
  /** Per phrasing document, its entry's ordinal. */
  private final int[] entryOfPhrasing;
  /** Per entry, its first phrasing document; one more slot holds the end of the last one. */
  private final int[] firstPhrasing;

  private EntryDocs(int[] entryOfPhrasing, int[] firstPhrasing) {
    this.entryOfPhrasing = entryOfPhrasing;
    this.firstPhrasing = firstPhrasing;
  }

  /** The layout of entries with these many phrasings each, in FAQ order. */
  static EntryDocs of(int[] phrasingsPerEntry) {
    int[] first = new int[phrasingsPerEntry.length + 1];
    for (int entry = 0; entry < phrasingsPerEntry.length; entry++) {
      first[entry + 1] = first[entry] + phrasingsPerEntry[entry];
    }
    int[] entryOf = new int[first[phrasingsPerEntry.length]];
    for (int entry = 0; entry < phrasingsPerEntry.length; entry++) {
      Arrays.fill(entryOf, first[entry], first[entry + 1], entry);
    }
    return new EntryDocs(entryOf, first);
  }

  int entries() {
    return firstPhrasing.length - 1;
  }

  int docs() {
    return entryOfPhrasing.length + entries();
  }

  int entryOf(int doc) {
    return isText(doc) ? doc - entryOfPhrasing.length : entryOfPhrasing[doc];
  }

  boolean isText(int doc) {
    return doc >= entryOfPhrasing.length;
  }

  int firstPhrasing(int entry) {
    return firstPhrasing[entry];
  }

  /** One past the entry's last phrasing document. */
  int endPhrasing(int entry) {
    return firstPhrasing[entry + 1];
  }

  int textDoc(int entry) {
    return entryOfPhrasing.length + entry;
  }
}
