package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scoring a document from its own terms gives Lucene's score")
final class DocTermsTest {
  private static final List<String> FIELDS = List.of("a", "b");
  private static final String[] WORDS = {"red", "skin", "sun", "pen", "cream", "scar", "acne", "glow", "peel", "numb"};

  @Test
  @DisplayName("every document of a random two-segment index, for random weighted questions")
  void sameScoresAsLucene() throws IOException {
    Random random = new Random(7);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        for (int segment = 0; segment < 2; segment++) {
          for (int doc = 0; doc < 300; doc++) {
            Document document = new Document();
            // Varied lengths and repeats: different norms and frequencies, and some empty fields.
            for (String field : FIELDS) {
              document.add(new TextField(field, words(random, random.nextInt(12)), Field.Store.NO));
            }
            writer.addDocument(document);
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertEquals(2, reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        TermIds ids = new TermIds();
        for (String word : WORDS) {
          ids.add(word);
        }
        DocTerms docTerms = DocTerms.of(searcher, FIELDS, ids);
        int matched = 0;
        for (int question = 0; question < 40; question++) {
          List<DocTerms.Clause> clauses = new ArrayList<>();
          BooleanQuery.Builder query = new BooleanQuery.Builder();
          for (String word : WORDS) {
            if (random.nextInt(3) == 0) {
              // Boosts like the index's: a field's boost, times 0.8 for a corrected word.
              float boost = (random.nextBoolean() ? 4.5f : 2.5f) * (random.nextBoolean() ? 0.8f : 1f);
              int field = random.nextInt(FIELDS.size());
              Term term = new Term(FIELDS.get(field), word);
              TermQuery termQuery = new TermQuery(term, TermStates.build(searcher, term, true));
              clauses.add(new DocTerms.Clause(field, ids.of(word), termQuery, boost));
              query.add(new BoostQuery(termQuery, boost), BooleanClause.Occur.SHOULD);
            }
          }
          float[] lucene = luceneScores(searcher, query.build(), reader.maxDoc());
          DocTerms.DocScorer direct = docTerms.docScorer(searcher, clauses);
          for (int doc = 0; doc < reader.maxDoc(); doc++) {
            assertEquals(lucene[doc], direct.best(doc, doc + 1), "question " + question + ", document " + doc);
            matched += lucene[doc] > 0 ? 1 : 0;
          }
        }
        assertTrue(matched > 1_000, "the questions match enough documents to compare: " + matched);
      }
    }
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }

  /** Each document's score as Lucene's own scorer gives it, 0 where it does not match. */
  private static float[] luceneScores(IndexSearcher searcher, BooleanQuery query, int maxDoc) throws IOException {
    float[] scores = new float[maxDoc];
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        for (int doc = scorer.iterator().nextDoc(); doc < leaf.reader().maxDoc(); doc = scorer.iterator().nextDoc()) {
          scores[leaf.docBase + doc] = scorer.score();
        }
      }
    }
    return scores;
  }
}
