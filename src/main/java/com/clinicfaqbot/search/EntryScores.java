package com.clinicfaqbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects one question's hits as scores per entry: the best of its phrasing documents plus its
 * own text document (keywords and answer). A top-documents collector would keep one entry's many
 * phrasings and drop other entries; this keeps exactly what ranking entries needs.
 */
final class EntryScores extends SimpleCollector {
  private final ScoreMode scoreMode;
  private final EntryDocs docs;
  private final float[] bestPhrasing;
  private final float[] entryText;
  private int docBase;
  private Scorable scorer;

  private EntryScores(ScoreMode scoreMode, EntryDocs docs) {
    this.scoreMode = scoreMode;
    this.docs = docs;
    this.bestPhrasing = new float[docs.entries()];
    this.entryText = new float[docs.entries()];
  }

  @Override
  public ScoreMode scoreMode() {
    return scoreMode;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) {
    docBase = context.docBase;
  }

  @Override
  public void setScorer(Scorable scorer) {
    this.scorer = scorer;
  }

  @Override
  public void collect(int doc) throws IOException {
    int global = docBase + doc;
    int entry = docs.entryOf(global);
    float score = scorer.score();
    if (docs.isText(global)) {
      entryText[entry] = score;
    } else {
      bestPhrasing[entry] = Math.max(bestPhrasing[entry], score);
    }
  }

  /** The entry's best phrasing plus its text, summed in double: exact for two floats. */
  double score(int entry) {
    return (double) bestPhrasing[entry] + entryText[entry];
  }

  /**
   * The {@code limit} best-scoring entries with any hit, best first; ties go to the entry listed
   * first in the FAQ.
   */
  RankedEntries best(int limit) {
    return best(bestPhrasing, entryText, limit);
  }

  /**
   * The {@code limit} best entries by their best phrasing's score plus their text's, summed in
   * double, which is exact for two floats: a tie is a true tie, never a rounding. Best first, ties
   * going to the entry listed first. A hit always scores above zero, so a zero marks an entry
   * without one: one pass over the scores is cheaper than noting each entry as its documents are
   * collected.
   */
  static RankedEntries best(float[] bestPhrasing, float[] entryText, int limit) {
    int[] best = new int[Math.max(0, limit)];
    int size = 0;
    for (int entry = 0; entry < bestPhrasing.length; entry++) {
      double score = (double) bestPhrasing[entry] + entryText[entry];
      if (score <= 0 || (size == best.length && (size == 0 || !ranksBefore(score, entry, best[size - 1], bestPhrasing, entryText)))) {
        continue;
      }
      // Insertion into a short sorted array: cheaper than sorting every matching entry of a big FAQ.
      int at = size == best.length ? size - 1 : size++;
      while (at > 0 && ranksBefore(score, entry, best[at - 1], bestPhrasing, entryText)) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = entry;
    }
    int[] entries = size == best.length ? best : Arrays.copyOf(best, size);
    double[] scores = new double[size];
    for (int i = 0; i < size; i++) {
      scores[i] = (double) bestPhrasing[entries[i]] + entryText[entries[i]];
    }
    return new RankedEntries(entries, scores);
  }

  private static boolean ranksBefore(double score, int entry, int other, float[] bestPhrasing, float[] entryText) {
    double otherScore = (double) bestPhrasing[other] + entryText[other];
    return score > otherScore || (score == otherScore && entry < other);
  }

  private void add(EntryScores other) {
    for (int entry = 0; entry < bestPhrasing.length; entry++) {
      bestPhrasing[entry] = Math.max(bestPhrasing[entry], other.bestPhrasing[entry]);
      entryText[entry] = Math.max(entryText[entry], other.entryText[entry]);
    }
  }

  /**
   * One collector per index slice; an entry's documents may fall in different slices.
   *
   * <p>Every matching document is collected (no minimum competitive score is ever set), so the
   * score mode only picks Lucene's bulk scorer: {@code TOP_SCORES} gets one that is cheap to set
   * up, right for a small FAQ; {@code COMPLETE} gets one with a fixed 4,096-slot window that costs
   * more to set up but goes through long postings lists faster, right for a large one.
   */
  record Manager(ScoreMode scoreMode, EntryDocs docs) implements CollectorManager<EntryScores, EntryScores> {
    @Override
    public EntryScores newCollector() {
      return new EntryScores(scoreMode, docs);
    }

    @Override
    public EntryScores reduce(Collection<EntryScores> collectors) {
      if (collectors.size() == 1) {
        return collectors.iterator().next();
      }
      EntryScores all = newCollector();
      collectors.forEach(all::add);
      return all;
    }
  }
}
