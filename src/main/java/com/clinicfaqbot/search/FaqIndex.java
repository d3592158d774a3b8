package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import com.clinicfaqbot.faq.FaqLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
 * An immutable in-memory Lucene index over one FAQ catalog. Each phrasing (the question, each
 * alternate) is its own small document, and each entry has one more document with its keywords
 * and answer. An entry scores as its best phrasing plus its keywords and answer: a client's
 * wording is matched against the closest way someone asked before, and the entry's own text
 * counts once, however many phrasings it has.
 *
 * <p>Thread-safe; built once per FAQ load and swapped whole on reload ({@link FaqSearch}), so the
 * searcher and reader are shared by all questions and never reopened.
 */
public final class FaqIndex implements AutoCloseable {
  private static final String PHRASING = "phrasing";
  private static final String KEYWORDS = "keywords";
  private static final String ANSWER = "answer";

  /** A searched field and its boost. */
  private record Searched(String field, float boost) {}

  /**
   * How someone asked counts most, then keywords, then the answer's text. A list, not a map: the
   * clauses' order sets the order scores are summed in, so it must be the same on every run.
   */
  private static final List<Searched> SEARCHED =
      List.of(new Searched(PHRASING, 4.5f), new Searched(KEYWORDS, 2.5f), new Searched(ANSWER, 1f));

  /** Enough for a 10,000-entry FAQ in one flush per segment (a flush splits nothing, it only costs speed). */
  private static final double WRITE_BUFFER_MB = 256;
  /**
   * Above this many documents, questions are ranked by {@link PrunedRanking}; below it, scoring
   * every hit is as fast and simpler. Measured on the benchmark questions: the same at 1,000
   * entries (7,000 documents), about twice as fast at 10,000, and slower on the real FAQ.
   */
  private static final int LARGE_INDEX_DOCS = 20_000;
  /** Entry texts a pruned ranking keeps before its phrasing search: 32 and 64 measured alike, 16 and 128 slower. */
  private static final int PRUNING_DEPTH = 64;
  private static final int MAX_QUESTION_CHARS = 1_000;
  private static final int MAX_QUERY_TERMS = 24;
  /** How many of the best-scoring entries the word model compares: the plausible rivals. */
  private static final int RIVALS = 16;

  private final FaqCatalog catalog;
  private final FaqAnalyzer analyzer;
  private final ByteBuffersDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final EntryDocs docs;
  private final EntryProfiles profiles;
  /** How every hit is scored, for a small FAQ or the pruned ranking's one corner: {@link EntryScores.Manager}. */
  private final ScoreMode scoreMode;
  /** Null for a small FAQ, where scoring every hit is as fast. */
  private final PrunedRanking pruned;
  private final TermIds termIds = new TermIds();
  /**
   * Per searched field (in {@link #SEARCHED} order), by term number, a query for each term the field
   * holds with its looked-up statistics, null where it holds none: see {@link #lookUpTerms}.
   */
  private final TermQuery[][] termQueries;
  private final SpellingCorrector corrector;
  private final WordModel wordModel;

  private FaqIndex(FaqCatalog catalog, FaqAnalyzer analyzer, Ranking ranking) throws IOException {
    this.catalog = catalog;
    this.analyzer = analyzer;
    // Each file read back as one buffer: Lucene's default for this directory splits files into
    // blocks, which makes every byte read and every clone of an input (one per term per question)
    // slower; measured 6-10% of a question's search time.
    this.directory = new ByteBuffersDirectory(
        new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    List<FaqEntry> entries = catalog.entries();
    this.docs = EntryDocs.of(entries.stream().mapToInt(entry -> 1 + entry.alternates().size()).toArray());
    // Two segments, phrasings then entry texts, each written whole: every document of a segment
    // has its fields, so Lucene reads their norms directly instead of through a sparse index.
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setMergePolicy(NoMergePolicy.INSTANCE)
        .setRAMBufferSizeMB(WRITE_BUFFER_MB);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (FaqEntry entry : entries) {
        writer.addDocument(phrasingDoc(entry.question()));
        for (String alternate : entry.alternates()) {
          writer.addDocument(phrasingDoc(alternate));
        }
      }
      writer.commit();
      for (FaqEntry entry : entries) {
        writer.addDocument(entryTextDoc(entry));
      }
      // Written by one thread with merging off, segments keep insertion order, so documents are
      // where EntryDocs says; the commit between keeps each segment to one kind of document.
      writer.commit();
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    // Every question is a new query over a tiny, immutable index: caching would only add overhead.
    searcher.setQueryCache(null);
    this.profiles = new EntryProfiles(entries, this::analyze, termIds);
    boolean large = ranking == Ranking.BY_SIZE ? docs.docs() > LARGE_INDEX_DOCS : ranking == Ranking.PRUNED;
    this.scoreMode = large ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
    this.wordModel = new WordModel(entries, this::analyze, termIds);
    this.termQueries = lookUpTerms(); // after the others: it gives the last term numbers
    this.pruned = large ? new PrunedRanking(searcher, docs, docTerms(), PRUNING_DEPTH) : null;
    this.corrector = profiles.corrector(termIds);
  }

  /** How questions are ranked; tests force each way on the same FAQ to compare them. */
  enum Ranking {
    /** Pruned for a large FAQ, every hit scored for a small one. */
    BY_SIZE,
    /** Pruned, falling back to scoring every hit when pruning cannot prove the ranking. */
    PRUNED,
    /** Every hit scored. */
    EXHAUSTIVE
  }

  /** Indexes a validated catalog; its synonym rules are checked here, with file and line. */
  public static FaqIndex build(FaqCatalog catalog, String synonymsFile) throws FaqException {
    return build(catalog, synonymsFile, Ranking.BY_SIZE);
  }

  static FaqIndex build(FaqCatalog catalog, String synonymsFile, Ranking ranking) throws FaqException {
    List<FaqProblem> problems = new ArrayList<>();
    FaqAnalyzer analyzer = new FaqAnalyzer(Synonyms.build(catalog.synonyms(), synonymsFile, problems));
    if (!problems.isEmpty()) {
      throw new FaqException(problems);
    }
    try {
      return new FaqIndex(catalog, analyzer, ranking);
    } catch (IOException e) {
      throw new UncheckedIOException("building the in-memory FAQ index failed", e);
    }
  }

  /** Convenience for callers that loaded {@code dir} with {@link FaqLoader}. */
  public static FaqIndex build(FaqCatalog catalog, java.nio.file.Path dir) throws FaqException {
    return build(catalog, dir.resolve(FaqLoader.SYNONYMS_FILE).toString());
  }

  public FaqCatalog catalog() {
    return catalog;
  }

  /** The one searcher all questions share; for the guard test that it is never replaced per call. */
  IndexSearcher searcher() {
    return searcher;
  }

  /** The best entries for a client's text, best first; empty when nothing in it is searchable. */
  public List<EntryHit> search(String text, int maxEntries) {
    List<WeightedTerm> terms = queryTerms(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    // Only a pruned ranking scores documents from their terms; a small FAQ needs no clause list.
    List<DocTerms.Clause> clauses = pruned == null ? List.of() : new ArrayList<>();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (WeightedTerm term : terms) {
      for (int field = 0; field < SEARCHED.size(); field++) {
        TermQuery termQuery = term.id() == TermIds.NONE ? null : termQueries[field][term.id()];
        if (termQuery != null) {
          float boost = SEARCHED.get(field).boost() * term.weight();
          if (pruned != null) {
            clauses.add(new DocTerms.Clause(field, term.id(), termQuery, boost));
          }
          query.add(new BoostQuery(termQuery, boost), BooleanClause.Occur.SHOULD);
        }
      }
    }
    try {
      RankedEntries rivals = rank(query.build(), clauses);
      double[] idfs = profiles.idfs(terms);
      double[] posteriors = wordModel.posteriors(terms, rivals.entries());
      List<EntryHit> hits = new ArrayList<>(Math.min(maxEntries, rivals.size()));
      for (int i = 0; i < rivals.size() && i < maxEntries; i++) {
        int ordinal = rivals.entries()[i];
        hits.add(new EntryHit(catalog.entries().get(ordinal), (float) rivals.scores()[i],
            profiles.coverage(terms, idfs, ordinal), profiles.closeness(terms, idfs, ordinal), posteriors[i]));
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("searching the in-memory FAQ index failed", e);
    }
  }

  private RankedEntries rank(Query query, List<DocTerms.Clause> clauses) throws IOException {
    if (pruned != null) {
      Optional<RankedEntries> ranked = pruned.rank(query, clauses, RIVALS);
      if (ranked.isPresent()) {
        return ranked.get();
      }
    }
    return searcher.search(query, new EntryScores.Manager(scoreMode, docs)).best(RIVALS);
  }

  /**
   * A ready term query for every term of every searched field. The index never changes, so each
   * term's statistics are looked up once here instead of in every question's query; a field
   * without the term gets no clause at all (it could not score).
   */
  private TermQuery[][] lookUpTerms() throws IOException {
    List<Map<Integer, TermQuery>> byField = new ArrayList<>();
    for (Searched searched : SEARCHED) {
      Map<Integer, TermQuery> queries = new HashMap<>();
      Terms terms = MultiTerms.getTerms(reader, searched.field());
      if (terms != null) {
        TermsEnum iterator = terms.iterator();
        for (BytesRef bytes = iterator.next(); bytes != null; bytes = iterator.next()) {
          Term term = new Term(searched.field(), BytesRef.deepCopyOf(bytes));
          queries.put(termIds.add(term.text()), new TermQuery(term, TermStates.build(searcher, term, true)));
        }
      }
      byField.add(queries);
    }
    TermQuery[][] queries = new TermQuery[SEARCHED.size()][termIds.size()];
    for (int field = 0; field < queries.length; field++) {
      for (Map.Entry<Integer, TermQuery> entry : byField.get(field).entrySet()) {
        queries[field][entry.getKey()] = entry.getValue();
      }
    }
    return queries;
  }

  private DocTerms docTerms() throws IOException {
    return DocTerms.of(searcher, SEARCHED.stream().map(Searched::field).toList(), termIds);
  }

  /** The FAQ word the corrector would put for {@code word}, if any; for tests. */
  Optional<String> correct(String word) {
    return corrector.correct(word);
  }

  /** The question's distinct terms; unknown words are replaced by their nearest FAQ word, if any. */
  private List<WeightedTerm> queryTerms(String text) {
    String clipped = text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text;
    Map<String, WeightedTerm> terms = new LinkedHashMap<>();
    for (String token : analyze(clipped)) {
      if (terms.size() == MAX_QUERY_TERMS) {
        break;
      }
      int id = termIds.of(token);
      if (profiles.knows(id)) {
        terms.putIfAbsent(token, new WeightedTerm(token, id, 1f, true));
      } else {
        WeightedTerm term = corrector.correct(token)
            .map(word -> new WeightedTerm(word, termIds.of(word), SpellingCorrector.CORRECTED_WEIGHT, true))
            .orElseGet(() -> new WeightedTerm(token, id, 1f, false));
        terms.putIfAbsent(term.text(), term);
      }
    }
    return List.copyOf(terms.values());
  }

  List<String> analyze(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("question", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing text in memory failed", e);
    }
    return tokens;
  }

  private static Document phrasingDoc(String phrasing) {
    Document doc = new Document();
    doc.add(new TextField(PHRASING, phrasing, Field.Store.NO));
    return doc;
  }

  private static Document entryTextDoc(FaqEntry entry) {
    Document doc = new Document();
    doc.add(new TextField(KEYWORDS, String.join(" , ", entry.keywords()), Field.Store.NO));
    doc.add(new TextField(ANSWER, entry.answer(), Field.Store.NO));
    return doc;
  }

  static List<String> allTexts(FaqEntry entry) {
    List<String> texts = new ArrayList<>();
    texts.add(entry.question());
    texts.addAll(entry.alternates());
    texts.addAll(entry.keywords());
    texts.add(entry.answer());
    return texts;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
  }
}
