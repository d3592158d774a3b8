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
  // Entries 0-3 with 2, 1, 0 and 1 phrasings: documents 0-1 are entry 0's phrasings, 2 is entry
  // 1's, 3 is entry 3's, and 4-7 are the four entries' texts.
  private static final EntryScores.Manager MANAGER =
      new EntryScores.Manager(ScoreMode.TOP_SCORES, EntryDocs.of(new int[] {2, 1, 0, 1}));

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
    EntryScores scores = collect(2f, 5f, 4f, 7f, 1f, 3f, 0f, 0f);
    assertEquals(6.0, scores.score(0));
    assertEquals(7.0, scores.score(1));
    assertEquals(0.0, scores.score(2));
    assertEquals(7.0, scores.score(3));
  }

  @Test
  @DisplayName("ranks the entries with hits best first, ties to the one listed first, and no more than asked")
  void ranksEntriesWithHits() throws IOException {
    EntryScores scores = collect(2f, 5f, 4f, 7f, 1f, 3f, 0f, 0f);
    assertArrayEquals(new int[] {1, 3, 0}, scores.best(16).entries(), "entry 2 has no hit");
    assertArrayEquals(new double[] {7.0, 7.0, 6.0}, scores.best(16).scores());
    assertArrayEquals(new int[] {1, 3}, scores.best(2).entries());
    assertArrayEquals(new int[] {}, scores.best(0).entries());
  }

  @Test
  @DisplayName("merges slices: an entry's phrasing and text found in different slices still add up")
  void mergesSlices() throws IOException {
    EntryScores phrasings = collect(2f, 5f, 4f, 7f, 0f, 0f, 0f, 0f);
    EntryScores texts = collect(0f, 0f, 0f, 0f, 1f, 3f, 0f, 0f);
    EntryScores all = MANAGER.reduce(List.of(phrasings, texts));
    assertEquals(6.0, all.score(0));
    assertEquals(7.0, all.score(1));
    assertEquals(7.0, all.score(3));
  }

  @Test
  @DisplayName("sums exactly: parts that round to the same float sum still rank by their true sum")
  void sumsExactly() throws IOException {
    // Summed as floats, entry 0's 2^24 + 0.5 and entry 1's 2^24 + 1 both round to 2^24 and tie,
    // which would rank entry 0 first.
    EntryScores scores = collect(16_777_216f, 0f, 16_777_216f, 0f, 0.5f, 1f, 0f, 0f);
    assertEquals(16_777_217.0, scores.score(1));
    assertArrayEquals(new int[] {1, 0}, scores.best(2).entries());
  }
}
