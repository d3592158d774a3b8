package com.clinicfaqbot.search;

import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import com.clinicfaqbot.faq.FaqLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.IndexSearcher;

/**
 * An immutable in-memory index over one FAQ catalog. Each phrasing (the question, each alternate)
 * is its own small document, and each entry has one more document with its keywords and answer.
 * An entry scores (BM25) as its best phrasing plus its keywords and answer: a client's wording is
 * matched against the closest way someone asked before, and the entry's own text counts once,
 * however many phrasings it has.
 *
 * <p>Every text is analyzed once, at load. A small FAQ is ranked from its own postings
 * ({@link DirectRanking}); a large one with a Lucene index and pruning ({@link LuceneRanking}),
 * with the same scores.
 *
 * <p>Thread-safe; built once per FAQ load and swapped whole on reload ({@link FaqSearch}), so
 * everything it holds is shared by all questions and never rebuilt.
 */
public final class FaqIndex implements AutoCloseable {
  /** The searched fields and their boosts, in clause order (the order scores are summed in). */
  private static final List<String> FIELDS = List.of("phrasing", "keywords", "answer");
  /** How someone asked counts most, then keywords, then the answer's text. */
  private static final float[] BOOSTS = {4.5f, 2.5f, 1f};

  /**
   * Above this many documents, questions are ranked by {@link PrunedRanking}; below it, scoring
   * every hit is as fast and simpler. Measured on the benchmark questions: the same at 1,000
   * entries (7,000 documents), about twice as fast at 10,000, and slower on the real FAQ.
   */
  private static final int LARGE_INDEX_DOCS = 20_000;
  private static final int MAX_QUESTION_CHARS = 1_000;
  private static final int MAX_QUERY_TERMS = 24;
  /** How many of the best-scoring entries the word model compares: the plausible rivals. */
  private static final int RIVALS = 16;

  private final FaqCatalog catalog;
  private final FaqAnalyzer analyzer;
  private final EntryProfiles profiles;
  private final TermIds termIds = new TermIds();
  private final EntryRanking ranking;
  private final SpellingCorrector corrector;
  private final WordModel wordModel;

  private FaqIndex(FaqCatalog catalog, FaqAnalyzer analyzer, Ranking ranking) throws IOException {
    this.catalog = catalog;
    this.analyzer = analyzer;
    List<FaqEntry> entries = catalog.entries();
    List<AnalyzedEntry> analyzed = new ArrayList<>(entries.size());
    for (FaqEntry entry : entries) {
      analyzed.add(AnalyzedEntry.of(entry, this::tokens));
    }
    int[] phrasingsPerEntry = new int[entries.size()];
    for (int e = 0; e < phrasingsPerEntry.length; e++) {
      phrasingsPerEntry[e] = 1 + entries.get(e).alternates().size();
    }
    EntryDocs docs = EntryDocs.of(phrasingsPerEntry);
    this.profiles = new EntryProfiles(analyzed, termIds);
    this.wordModel = new WordModel(analyzed, termIds);
    this.corrector = profiles.corrector(termIds);
    Ranking chosen = ranking != Ranking.BY_SIZE ? ranking
        : docs.docs() > LARGE_INDEX_DOCS ? Ranking.PRUNED : Ranking.DIRECT;
    // After the others: the ranking gives the last term numbers.
    this.ranking = chosen == Ranking.DIRECT ? DirectRanking.of(docs, fieldTexts(analyzed, docs), termIds)
        : new LuceneRanking(entries, docs, analyzer, FIELDS, termIds, chosen == Ranking.PRUNED);
  }

  /** Per field, each document's text in it (null where the document has no such field). */
  private static List<List<AnalyzedEntry.Tokens>> fieldTexts(List<AnalyzedEntry> entries, EntryDocs docs) {
    List<AnalyzedEntry.Tokens> phrasings = new ArrayList<>(docs.docs());
    List<AnalyzedEntry.Tokens> keywords = new ArrayList<>(docs.docs());
    List<AnalyzedEntry.Tokens> answers = new ArrayList<>(docs.docs());
    for (AnalyzedEntry entry : entries) {
      for (AnalyzedEntry.Tokens phrasing : entry.phrasings()) {
        phrasings.add(phrasing);
        keywords.add(null);
        answers.add(null);
      }
    }
    for (AnalyzedEntry entry : entries) {
      phrasings.add(null);
      keywords.add(entry.keywordText());
      answers.add(entry.answer());
    }
    return List.of(phrasings, keywords, answers);
  }

  /** How questions are ranked; tests force each way on the same FAQ to compare them. */
  enum Ranking {
    /** From the FAQ's own postings for a small FAQ, pruned for a large one. */
    BY_SIZE,
    /** From the FAQ's own postings, every hit scored ({@link DirectRanking}). */
    DIRECT,
    /** Lucene, pruned, falling back to scoring every hit when pruning cannot prove the ranking. */
    PRUNED,
    /** Lucene, every hit scored. */
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

  /** The Lucene searcher of a large FAQ's index; for the guard test that it is never replaced per call. */
  IndexSearcher searcher() {
    return ranking instanceof LuceneRanking lucene ? lucene.searcher() : null;
  }

  /** The best entries for a client's text, best first; empty when nothing in it is searchable. */
  public List<EntryHit> search(String text, int maxEntries) {
    List<WeightedTerm> terms = queryTerms(text);
    if (terms.isEmpty()) {
      return List.of();
    }
    int[] fields = new int[terms.size() * FIELDS.size()];
    int[] termNumbers = new int[fields.length];
    float[] boosts = new float[fields.length];
    int clauses = 0;
    for (WeightedTerm term : terms) {
      for (int field = 0; field < FIELDS.size(); field++) {
        if (term.id() != TermIds.NONE && ranking.holds(field, term.id())) {
          fields[clauses] = field;
          termNumbers[clauses] = term.id();
          boosts[clauses++] = BOOSTS[field] * term.weight();
        }
      }
    }
    try {
      RankedEntries rivals = ranking.rank(new EntryRanking.Clauses(clauses, fields, termNumbers, boosts), RIVALS);
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
    return tokens(text).terms();
  }

  /** The text's terms as the index holds them, with how many share a position (synonyms). */
  private AnalyzedEntry.Tokens tokens(String text) {
    List<String> terms = new ArrayList<>();
    int overlaps = 0;
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        if (increment.getPositionIncrement() == 0) {
          overlaps++;
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing text in memory failed", e);
    }
    return new AnalyzedEntry.Tokens(terms, overlaps);
  }

  @Override
  public void close() throws IOException {
    try {
      ranking.close();
    } finally {
      analyzer.close();
    }
  }
}
