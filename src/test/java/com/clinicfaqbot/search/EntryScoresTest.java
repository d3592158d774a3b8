package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scores per entry from phrasing and entry-text hits")
final class EntryScoresTest {
  // Documents 0-5 in index order: which entry each belongs to, and whether it is the entry's text.
  private static final int[] ENTRY_OF_DOC = {0, 0, 0, 1, 1, 3};
  private static final boolean[] ENTRY_TEXT_DOC = {false, false, true, false, true, false};
  private static final EntryScores.Manager MANAGER = new EntryScores.Manager(ScoreMode.TOP_SCORES, ENTRY_OF_DOC, ENTRY_TEXT_DOC, 4);

  /** A scorer that reports a fixed score for the document being collected. */
  private static final class FixedScore extends Scorable {
    private float score;

    @Override
    public float score() {
      return score;
    }

    @Override
    public int docID() {
      return -1;
    }
  }

  private static EntryScores collect(float... scoreOfDoc) throws IOException {
    EntryScores scores = MANAGER.newCollector();
    FixedScore scorer = new FixedScore();
    scores.setScorer(scorer);
    for (int doc = 0; doc < scoreOfDoc.length; doc++) {
      if (scoreOfDoc[doc] > 0) {
        scorer.score = scoreOfDoc[doc];
        scores.collect(doc);
      }
    }
    return scores;
  }

  @Test
  @DisplayName("an entry scores its best phrasing plus its own text, counted once")
  void bestPhrasingPlusText() throws IOException {
    EntryScores scores = collect(2f, 5f, 1f, 4f, 3f, 7f);
    assertEquals(6f, scores.score(0));
    assertEquals(7f, scores.score(1));
    assertEquals(0f, scores.score(2));
    assertEquals(7f, scores.score(3));
  }

  @Test
  @DisplayName("ranks the entries with hits best first, ties to the one listed first, and no more than asked")
  void ranksEntriesWithHits() throws IOException {
    EntryScores scores = collect(2f, 5f, 1f, 4f, 3f, 7f);
    assertArrayEquals(new int[] {1, 3, 0}, scores.best(16), "entry 2 has no hit");
    assertArrayEquals(new int[] {1, 3}, scores.best(2));
    assertArrayEquals(new int[] {}, scores.best(0));
  }

  @Test
  @DisplayName("merges slices: an entry's phrasing and text found in different slices still add up")
  void mergesSlices() throws IOException {
    EntryScores phrasings = collect(2f, 5f, 0f, 4f, 0f, 0f);
    EntryScores texts = collect(0f, 0f, 1f, 0f, 3f, 7f);
    EntryScores all = MANAGER.reduce(List.of(phrasings, texts));
    assertEquals(6f, all.score(0));
    assertEquals(7f, all.score(1));
    assertEquals(7f, all.score(3));
  }
}
