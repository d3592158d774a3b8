package com.clinicfaqbot.search;

import java.io.IOException;

/**
 * How a question's clauses rank the FAQ's entries: {@link DirectRanking} for a small FAQ,
 * {@link LuceneRanking} for a large one. Both score an entry as its best phrasing plus its own
 * text, with the same BM25 scores.
 */
interface EntryRanking extends AutoCloseable {
  /** Whether a clause for the term (by number) in the field could score: the field holds it. */
  boolean holds(int field, int term);

  /** The {@code limit} best entries for these clauses, best first; ties go to the entry listed first. */
  RankedEntries rank(Clauses clauses, int limit) throws IOException;

  @Override
  default void close() throws IOException {}

  /**
   * One question's term queries: clause {@code c} is term {@code terms[c]} (by number) in field
   * {@code fields[c]} with boost {@code boosts[c]}, for {@code c < size}; their order is the order
   * each document's clause scores are summed in.
   */
  record Clauses(int size, int[] fields, int[] terms, float[] boosts) {}
}
