package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * Ranks entries with an in-memory Lucene index: what a large FAQ needs, where Lucene's dynamic
 * pruning ({@link PrunedRanking}) skips most of the documents a common word matches. Each phrasing
 * (the question, each alternate) is a document with one field, and each entry has one more with
 * its keywords and answer, laid out as {@link EntryDocs} says.
 */
final class LuceneRanking implements EntryRanking {
  /** Enough for a 10,000-entry FAQ in one flush per segment (a flush splits nothing, it only costs speed). */
  private static final double WRITE_BUFFER_MB = 256;
  /** Entry texts a pruned ranking keeps before its phrasing search: 32 and 64 measured alike, 16 and 128 slower. */
  private static final int PRUNING_DEPTH = 64;

  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final EntryDocs docs;
  /** How every hit is scored, when pruning is off or in its one corner: {@link EntryScores.Manager}. */
  private final ScoreMode scoreMode;
  /** Null when every hit is scored. */
  private final PrunedRanking pruned;
  /**
   * Per searched field, by term number, a query for each term the field holds with its looked-up
   * statistics, null where it holds none: see {@link #lookUpTerms}.
   */
  private final TermQuery[][] termQueries;

  /**
   * Indexes {@code entries} in {@code fields} (phrasing, keywords, answer, in that order); every
   * term of the index gets a number in {@code ids}. {@code prune} ranks as {@link PrunedRanking}.
   */
  LuceneRanking(List<FaqEntry> entries, EntryDocs docs, Analyzer analyzer, List<String> fields, TermIds ids,
      boolean prune) throws IOException {
    this.docs = docs;
    // Each file read back as one buffer: Lucene's default for this directory splits files into
    // blocks, which makes every byte read and every clone of an input (one per term per question)
    // slower; measured 6-10% of a question's search time.
    this.directory = new ByteBuffersDirectory(
        new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    // Two segments, phrasings then entry texts, each written whole: every document of a segment
    // has its fields, so Lucene reads their norms directly instead of through a sparse index.
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setRAMBufferSizeMB(WRITE_BUFFER_MB);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (FaqEntry entry : entries) {
        writer.addDocument(doc(fields.get(0), entry.question()));
        for (String alternate : entry.alternates()) {
          writer.addDocument(doc(fields.get(0), alternate));
        }
      }
      writer.commit();
      for (FaqEntry entry : entries) {
        Document doc = doc(fields.get(1), AnalyzedEntry.keywordText(entry));
        doc.add(new TextField(fields.get(2), entry.answer(), Field.Store.NO));
        writer.addDocument(doc);
      }
      // Written by one thread with merging off, segments keep insertion order, so documents are
      // where EntryDocs says; the commit between keeps each segment to one kind of document.
      writer.commit();
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    // Every question is a new query over an immutable index: caching would only add overhead.
    searcher.setQueryCache(null);
    this.scoreMode = prune ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    this.termQueries = lookUpTerms(fields, ids);
    this.pruned = prune
        ? new PrunedRanking(searcher, docs, DocTerms.of(searcher, fields, ids), PRUNING_DEPTH)
        : null;
  }

  private static Document doc(String field, String text) {
    Document doc = new Document();
    doc.add(new TextField(field, text, Field.Store.NO));
    return doc;
  }

  /** The one searcher all questions share; for the guard test that it is never replaced per call. */
  IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public boolean holds(int field, int term) {
    return term >= 0 && term < termQueries[field].length && termQueries[field][term] != null;
  }

  @Override
  public RankedEntries rank(Clauses clauses, int limit) throws IOException {
    // Only a pruned ranking scores documents from their terms; scoring every hit needs no clause list.
    List<DocTerms.Clause> scored = pruned == null ? List.of() : new ArrayList<>(clauses.size());
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int c = 0; c < clauses.size(); c++) {
      TermQuery termQuery = termQueries[clauses.fields()[c]][clauses.terms()[c]];
      if (pruned != null) {
        scored.add(new DocTerms.Clause(clauses.fields()[c], clauses.terms()[c], termQuery, clauses.boosts()[c]));
      }
      query.add(new BoostQuery(termQuery, clauses.boosts()[c]), BooleanClause.Occur.SHOULD);
    }
    return rank(query.build(), scored, limit);
  }

  private RankedEntries rank(Query query, List<DocTerms.Clause> clauses, int limit) throws IOException {
    if (pruned != null) {
      Optional<RankedEntries> ranked = pruned.rank(query, clauses, limit);
      if (ranked.isPresent()) {
        return ranked.get();
      }
    }
    return searcher.search(query, new EntryScores.Manager(scoreMode, docs)).best(limit);
  }

  /**
   * A ready term query for every term of every searched field. The index never changes, so each
   * term's statistics are looked up once here instead of in every question's query; a field
   * without the term gets no clause at all (it could not score).
   */
  private TermQuery[][] lookUpTerms(List<String> fields, TermIds ids) throws IOException {
    List<Map<Integer, TermQuery>> byField = new ArrayList<>();
    for (String field : fields) {
      Map<Integer, TermQuery> queries = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms != null) {
        TermsEnum iterator = terms.iterator();
        for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
          Term term = new Term(field, BytesRef.deepCopyOf(bytes));
          queries.put(ids.add(term.text()), new TermQuery(term, TermStates.build(searcher, term, true)));
        }
      }
      byField.add(queries);
    }
    TermQuery[][] queries = new TermQuery[fields.size()][ids.size()];
    for (int field = 0; field < queries.length; field++) {
      for (Map.Entry<Integer, TermQuery> entry : byField.get(field).entrySet()) {
        queries[field][entry.getKey()] = entry.getValue();
      }
    }
    return queries;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
