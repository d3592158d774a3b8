package com.clinicfaqbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Ranks the best entries of a large FAQ without scoring every document a question matches. A
 * common word matches most of a 10,000-entry FAQ, and an entry's score is a sum of two parts (its
 * best phrasing plus its own text) that Lucene cannot prune as one. So the parts take turns:
 *
 * <ol>
 *   <li>The {@code depth} best entry texts, a small top-k search Lucene prunes. Every other entry's
 *       text scores at most the last of them.
 *   <li>Those entries get their phrasing part scored directly, which gives exact sums and so a
 *       first score to beat for the ranking's last place.
 *   <li>The phrasings are searched with that score, less the most any other entry's text can add,
 *       as the least a phrasing must score to matter; Lucene skips every document below it. Each
 *       entry found gets its text scored directly, and the score to beat rises as entries come in.
 * </ol>
 *
 * The result is exactly the ranking that scoring everything gives ({@link EntryScores}), except in
 * one corner: an entry with no phrasing hit tying the last place on its text alone. Then the
 * ranking is not returned and the caller scores everything.
 */
final class PrunedRanking {
  private final IndexSearcher searcher;
  private final EntryDocs docs;
  private final DocTerms docTerms;
  private final int depth;

  /**
   * {@code depth}: how many entry texts step 1 keeps, at least the ranking's length; more makes
   * the phrasing search prune harder but scores more parts directly.
   */
  PrunedRanking(IndexSearcher searcher, EntryDocs docs, DocTerms docTerms, int depth) {
    this.searcher = searcher;
    this.docs = docs;
    this.docTerms = docTerms;
    this.depth = depth;
  }

  /**
   * The {@code limit} best entries for {@code query}, made of {@code clauses}, or empty in the one
   * corner it cannot decide.
   */
  Optional<RankedEntries> rank(Query query, List<DocTerms.Clause> clauses, int limit) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();

    TopEntries texts = new TopEntries(Math.max(depth, limit));
    TextCollector textCollector = new TextCollector(texts);
    for (LeafReaderContext leaf : leaves) {
      if (docs.isText(leaf.docBase)) {
        score(weight, leaf, textCollector);
      }
    }

    TopEntries best = new TopEntries(limit);
    long[] textsByEntry = texts.byEntry();
    DocTerms.DocScorer parts = docTerms.docScorer(searcher, clauses);
    for (long packed : textsByEntry) {
      int entry = TopEntries.entry(packed);
      float phrasing = parts.best(docs.firstPhrasing(entry), docs.endPhrasing(entry));
      best.offer(entry, (double) phrasing + TopEntries.score(packed));
    }

    PhrasingCollector phrasingCollector =
        new PhrasingCollector(best, textsByEntry, texts.bound(), parts);
    for (LeafReaderContext leaf : leaves) {
      if (!docs.isText(leaf.docBase)) {
        score(weight, leaf, phrasingCollector);
      }
    }

    // An entry with no phrasing hit was only ever seen in step 1: if one could tie the last place
    // and be listed before it, this ranking may have missed it.
    if (texts.full() && best.full() && best.bound() == texts.bound() && best.lastEntry() > texts.lastEntry()) {
      return Optional.empty();
    }
    return Optional.of(best.ranked());
  }

  private static void score(Weight weight, LeafReaderContext leaf, SegmentCollector collector) throws IOException {
    BulkScorer scorer = weight.bulkScorer(leaf);
    if (scorer != null) {
      collector.docBase = leaf.docBase;
      scorer.score(collector, leaf.reader().getLiveDocs());
      collector.finish();
    }
  }

  /** A collector for one segment at a time, knowing where the segment starts. */
  private abstract static class SegmentCollector implements LeafCollector {
    int docBase;
  }

  /** The least float at or below {@code score}: Lucene may skip only what scores under it. */
  private static float floatAtMost(double score) {
    float rounded = (float) score;
    return rounded > score ? Math.nextDown(rounded) : rounded;
  }

  /** Step 1: the best entry texts, telling the scorer what no longer enters. */
  private final class TextCollector extends SegmentCollector {
    private final TopEntries texts;
    private Scorable scorer;

    TextCollector(TopEntries texts) {
      this.texts = texts;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      this.scorer = scorer;
      raiseBar();
    }

    @Override
    public void collect(int doc) throws IOException {
      if (texts.offer(docs.entryOf(docBase + doc), scorer.score())) {
        raiseBar();
      }
    }

    /**
     * A tie with the last kept text does not enter: every entry still to come is listed after it,
     * as text documents are in FAQ order.
     */
    private void raiseBar() throws IOException {
      if (texts.full()) {
        scorer.setMinCompetitiveScore(Math.nextUp(floatAtMost(texts.bound())));
      }
    }
  }

  /** Step 3: entries by their phrasings, each summed with its text as its last phrasing passes. */
  private final class PhrasingCollector extends SegmentCollector {
    private final TopEntries best;
    /** The entries step 1 kept, already exact in {@code best}; in entry order. */
    private final long[] textsByEntry;
    /** The most the text of an entry outside {@code textsByEntry} can score. */
    private final double textBound;
    private final DocTerms.DocScorer textParts;
    private Scorable scorer;
    private int nextKept;
    /** An entry's phrasings are adjacent: its best so far is kept here until the next entry's hit. */
    private int runEntry = -1;
    private float runBest;
    /** The last entry whose phrasings were all seen: every entry still to come is listed after it. */
    private int lastEnded = -1;
    /** The least phrasing score that can still matter, as told to the scorer. */
    private float bar;
    /** Whether {@link #bar} was last set with ties skipped; until then each ended entry checks. */
    private boolean barSkipsTies;

    PhrasingCollector(TopEntries best, long[] textsByEntry, double textBound, DocTerms.DocScorer textParts) {
      this.best = best;
      this.textsByEntry = textsByEntry;
      this.textBound = textBound;
      this.textParts = textParts;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      this.scorer = scorer;
      if (bar > 0) {
        scorer.setMinCompetitiveScore(bar);
      }
      raiseBar();
    }

    @Override
    public void collect(int doc) throws IOException {
      int entry = docs.entryOf(docBase + doc);
      float score = scorer.score();
      if (entry == runEntry) {
        runBest = Math.max(runBest, score);
        return;
      }
      endRun();
      runEntry = entry;
      runBest = score;
    }

    @Override
    public void finish() throws IOException {
      endRun();
    }

    private void endRun() throws IOException {
      if (runEntry < 0) {
        return;
      }
      int entry = runEntry;
      runEntry = -1;
      lastEnded = entry;
      if (!barSkipsTies && best.full() && entry >= best.lastEntry()) {
        raiseBar(); // from here on, ties with the last place cannot win
      }
      while (nextKept < textsByEntry.length && TopEntries.entry(textsByEntry[nextKept]) < entry) {
        nextKept++;
      }
      if (nextKept < textsByEntry.length && TopEntries.entry(textsByEntry[nextKept]) == entry) {
        return; // already summed exactly in step 2
      }
      double mostPossible = (double) runBest + textBound;
      if (mostPossible < best.bound() || mostPossible == best.bound() && entry > best.lastEntry()) {
        return; // cannot rank before the last place even with the best text it could have
      }
      float text = textParts.best(docs.textDoc(entry), docs.textDoc(entry) + 1);
      if (best.offer(entry, (double) runBest + text)) {
        raiseBar();
      }
    }

    /**
     * Whether every phrasing scoring under {@code bar} is one that cannot lift its entry to the
     * last place, or, with {@code tiesToo}, that can at best tie it.
     */
    private boolean skipsOnly(float bar, double bound, boolean tiesToo) {
      double mostBelowBar = (double) Math.nextDown(bar) + textBound;
      return tiesToo ? mostBelowBar <= bound : mostBelowBar < bound;
    }

    /**
     * Outside step 1's list, an entry's text adds at most {@code textBound}: a phrasing that
     * cannot reach the last place even with it is skipped. Reaching it exactly is a tie, which
     * only an entry listed before the last place wins; once the entries to come are all listed
     * after it, ties are skipped too.
     */
    private void raiseBar() throws IOException {
      if (!best.full()) {
        return;
      }
      double bound = best.bound();
      barSkipsTies = best.lastEntry() <= lastEnded;
      float next = floatAtMost(bound - textBound);
      if (barSkipsTies && skipsOnly(Math.nextUp(next), bound, true)) {
        next = Math.nextUp(next);
      } else if (!skipsOnly(next, bound, false)) {
        next = Math.nextDown(next); // the subtraction rounded up
        if (!skipsOnly(next, bound, false)) {
          return;
        }
      }
      // Never lowered: a phrasing under the old bar could not reach the old, lower last place.
      if (next > bar) {
        bar = next;
        scorer.setMinCompetitiveScore(bar);
      }
    }
  }

  /**
   * The best entries seen, as a min-heap whose root ranks last: a lower score, or the same score
   * and listed later. Scores are exact sums of float parts, so a tie is a true tie.
   */
  static final class TopEntries {
    private final int[] entries;
    private final double[] scores;
    private int size;

    TopEntries(int capacity) {
      this.entries = new int[capacity];
      this.scores = new double[capacity];
    }

    boolean full() {
      return size == entries.length;
    }

    /** The score to beat once full: no entry left out scores above it. 0 until full. */
    double bound() {
      return full() && size > 0 ? scores[0] : 0;
    }

    /** The entry ranked last once full; -1 until then. */
    int lastEntry() {
      return full() && size > 0 ? entries[0] : -1;
    }

    /** Keeps {@code entry} if it ranks before the last kept one; true when the bound rose. */
    boolean offer(int entry, double score) {
      if (!full()) {
        entries[size] = entry;
        scores[size] = score;
        siftUp(size++);
        return full();
      }
      if (size == 0 || !ranksBefore(entry, score, 0)) {
        return false;
      }
      entries[0] = entry;
      scores[0] = score;
      siftDown(0);
      return true;
    }

    /** Best first. */
    RankedEntries ranked() {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0);
      int[] ranked = new int[size];
      double[] rankedScores = new double[size];
      for (int i = 0; i < size; i++) {
        ranked[i] = entries[order[i]];
        rankedScores[i] = scores[order[i]];
      }
      return new RankedEntries(ranked, rankedScores);
    }

    /**
     * The kept entries in entry order, each packed as its ordinal (high half) and its score as a
     * float (low half); for a list of float part scores, so nothing is lost.
     */
    long[] byEntry() {
      long[] packed = new long[size];
      for (int i = 0; i < size; i++) {
        packed[i] = ((long) entries[i] << 32) | (Float.floatToRawIntBits((float) scores[i]) & 0xffffffffL);
      }
      Arrays.sort(packed);
      return packed;
    }

    static int entry(long packed) {
      return (int) (packed >>> 32);
    }

    static float score(long packed) {
      return Float.intBitsToFloat((int) packed);
    }

    private boolean ranksBefore(int entry, double score, int at) {
      return score > scores[at] || (score == scores[at] && entry < entries[at]);
    }

    private boolean ranksBefore(int at, int other) {
      return ranksBefore(entries[at], scores[at], other);
    }

    private void siftUp(int at) {
      while (at > 0) {
        int parent = (at - 1) >>> 1;
        if (!ranksBefore(parent, at)) {
          return;
        }
        swap(at, parent);
        at = parent;
      }
    }

    private void siftDown(int at) {
      while (true) {
        int child = 2 * at + 1;
        if (child >= size) {
          return;
        }
        if (child + 1 < size && ranksBefore(child, child + 1)) {
          child++;
        }
        if (!ranksBefore(at, child)) {
          return;
        }
        swap(at, child);
        at = child;
      }
    }

    private void swap(int a, int b) {
      int entry = entries[a];
      entries[a] = entries[b];
      entries[b] = entry;
      double score = scores[a];
      scores[a] = scores[b];
      scores[b] = score;
    }
  }
}
