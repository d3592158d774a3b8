package com.clinicfaqbot.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * The index turned around: per document and field, which terms it holds and how often, with its
 * length norm. A large FAQ's pruned ranking scores chosen documents (an entry's phrasings, its
 * text) directly from here: a walk over the document's few terms, instead of advancing one
 * postings list per query term to it. The scores are the ones Lucene gives: each term's part comes
 * from the same {@link SimScorer} a term query builds, with the same frequency and norm.
 */
final class DocTerms {
  /** The fields held, in the order {@link Clause#field()} numbers them. */
  private final List<String> fields;
  /** Per field, where each document's terms start in {@link #terms}; one more slot ends the last. */
  private final int[][] starts;
  /** Per field, each document's terms sorted by number, packed as number (high half) and frequency (low half). */
  private final long[][] terms;
  /** Per field and document, the length norm Lucene stored. */
  private final byte[][] norms;
  /** Per field, its statistics: the index never changes, and working them out is a walk over every segment. */
  private final CollectionStatistics[] statistics;

  private DocTerms(
      List<String> fields, int[][] starts, long[][] terms, byte[][] norms, CollectionStatistics[] statistics) {
    this.fields = fields;
    this.starts = starts;
    this.terms = terms;
    this.norms = norms;
    this.statistics = statistics;
  }

  /** Reads every document's terms of {@code fields}; each term must have a number in {@code ids}. */
  static DocTerms of(IndexSearcher searcher, List<String> fields, TermIds ids) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    int maxDoc = reader.maxDoc();
    CollectionStatistics[] statistics = new CollectionStatistics[fields.size()];
    int[][] starts = new int[fields.size()][];
    long[][] terms = new long[fields.size()][];
    byte[][] norms = new byte[fields.size()][maxDoc];
    for (int field = 0; field < fields.size(); field++) {
      String name = fields.get(field);
      statistics[field] = searcher.collectionStatistics(name);
      int[] counts = new int[maxDoc + 1];
      forEachPosting(reader, name, ids, (doc, id, freq) -> counts[doc + 1]++);
      for (int doc = 0; doc < maxDoc; doc++) {
        counts[doc + 1] += counts[doc];
      }
      long[] packed = new long[counts[maxDoc]];
      int[] next = Arrays.copyOf(counts, maxDoc);
      forEachPosting(reader, name, ids, (doc, id, freq) -> packed[next[doc]++] = ((long) id << 32) | freq);
      for (int doc = 0; doc < maxDoc; doc++) {
        Arrays.sort(packed, counts[doc], counts[doc + 1]);
      }
      starts[field] = counts;
      terms[field] = packed;
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues values = leaf.reader().getNormValues(name);
        for (int doc = values == null ? DocIdSetIterator.NO_MORE_DOCS : values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          norms[field][leaf.docBase + doc] = (byte) values.longValue();
        }
      }
    }
    return new DocTerms(List.copyOf(fields), starts, terms, norms, statistics);
  }

  private interface PostingVisitor {
    void visit(int doc, int id, int freq);
  }

  private static void forEachPosting(IndexReader reader, String field, TermIds ids, PostingVisitor visitor)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms fieldTerms = leaf.reader().terms(field);
      if (fieldTerms == null) {
        continue;
      }
      TermsEnum iterator = fieldTerms.iterator();
      PostingsEnum postings = null;
      while (iterator.next() != null) {
        int id = ids.of(iterator.term().utf8ToString());
        postings = iterator.postings(postings, PostingsEnum.FREQS);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          visitor.visit(leaf.docBase + doc, id, postings.freq());
        }
      }
    }
  }

  /**
   * One of a question's term queries: the field it searches (by position in the fields), its
   * term's number, its boost.
   */
  record Clause(int field, int term, TermQuery query, float boost) {}

  /** Scores documents for one question's clauses; made per question, used by one thread. */
  DocScorer docScorer(IndexSearcher searcher, List<Clause> clauses) {
    return new DocScorer(searcher, clauses);
  }

  final class DocScorer {
    private final IndexSearcher searcher;
    /** Per field, the clauses' term numbers, sorted, and the clauses in the same order. */
    private final int[][] clauseTerms;
    private final Clause[][] clausesByField;
    /** Per field, each clause's similarity scorer, made when the field is first scored. */
    private final SimScorer[][] simScorers;

    private DocScorer(IndexSearcher searcher, List<Clause> clauses) {
      this.searcher = searcher;
      this.clauseTerms = new int[fields.size()][];
      this.clausesByField = new Clause[fields.size()][];
      this.simScorers = new SimScorer[fields.size()][];
      for (int field = 0; field < fields.size(); field++) {
        int f = field;
        Clause[] ofField = clauses.stream()
            .filter(c -> c.field() == f)
            .sorted((a, b) -> Integer.compare(a.term(), b.term()))
            .toArray(Clause[]::new);
        clausesByField[field] = ofField;
        clauseTerms[field] = Arrays.stream(ofField).mapToInt(Clause::term).toArray();
      }
    }

    /** The best score among documents {@code from} (inclusive) to {@code to}; 0 if none matches. */
    float best(int from, int to) throws IOException {
      float best = 0f;
      for (int doc = from; doc < to; doc++) {
        best = Math.max(best, score(doc));
      }
      return best;
    }

    /**
     * The document's score: each matching clause's part as a float, summed in double and then
     * rounded to float, as Lucene sums a disjunction's clauses.
     */
    private float score(int doc) throws IOException {
      double sum = 0;
      for (int field = 0; field < clauseTerms.length; field++) {
        int[] wanted = clauseTerms[field];
        int at = starts[field][doc];
        int end = starts[field][doc + 1];
        int c = 0;
        while (at < end && c < wanted.length) {
          int term = (int) (terms[field][at] >>> 32);
          if (term < wanted[c]) {
            at++;
          } else if (term > wanted[c]) {
            c++;
          } else {
            sum += simScorers(field)[c].score((int) terms[field][at], norms[field][doc]);
            at++;
            c++;
          }
        }
      }
      return (float) sum;
    }

    private SimScorer[] simScorers(int field) throws IOException {
      if (simScorers[field] == null) {
        Clause[] clauses = clausesByField[field];
        SimScorer[] made = new SimScorer[clauses.length];
        for (int c = 0; c < clauses.length; c++) {
          TermQuery query = clauses[c].query();
          made[c] = searcher.getSimilarity().scorer(clauses[c].boost(), statistics[field],
              searcher.termStatistics(
                  query.getTerm(), query.getTermStates().docFreq(), query.getTermStates().totalTermFreq()));
        }
        simScorers[field] = made;
      }
      return simScorers[field];
    }
  }
}
