package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqLoader;
import com.clinicfaqbot.faq.SynonymRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ranking the bundled FAQ from its own postings must give exactly what Lucene's index gives:
 * same entries, order, scores (to the last bit), coverage, closeness and posteriors. Its
 * multi-word synonyms can match across two keywords; two more rules that give one word two
 * replacements stack terms on one position, which Lucene leaves out of a field's length: norms
 * and statistics are tested where they are easiest to get wrong.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Ranking a small FAQ from its own postings")
final class DirectRankingTest {
  private static final Path FAQ = Path.of("faq");

  private FaqIndex lucene;
  private FaqIndex direct;
  private FaqIndex stackedLucene;
  private FaqIndex stackedDirect;
  private List<String> questions;

  @BeforeAll
  void build() throws Exception {
    FaqCatalog catalog = new FaqLoader().load(FAQ);
    lucene = FaqIndex.build(catalog, FAQ.resolve("synonyms.txt").toString(), FaqIndex.Ranking.EXHAUSTIVE);
    direct = FaqIndex.build(catalog, FAQ);
    // "pain" already maps to "hurt"; these make it "hurt" and "pain" at once, "red" likewise.
    List<SynonymRule> stacking = new ArrayList<>(catalog.synonyms());
    stacking.add(new SynonymRule("pain, ache, aching", 100));
    stacking.add(new SynonymRule("redness, irritation", 101));
    FaqCatalog stacked = new FaqCatalog(catalog.entries(), stacking);
    stackedLucene = FaqIndex.build(stacked, "synonyms.txt", FaqIndex.Ranking.EXHAUSTIVE);
    stackedDirect = FaqIndex.build(stacked, "synonyms.txt", FaqIndex.Ranking.DIRECT);
    questions = new ArrayList<>();
    for (String set : List.of("dev-set.yaml", "holdout-set.yaml")) {
      for (LabeledQuestion question : new LabeledSetLoader().load(Path.of("src/test/resources/eval", set))) {
        questions.add(question.question());
      }
    }
    Random random = new Random(11);
    List<String> words = new ArrayList<>();
    for (FaqEntry entry : catalog.entries()) {
      // Every phrasing and keyword list as asked, and the answers' words in random runs.
      questions.add(entry.question());
      questions.addAll(entry.alternates());
      questions.add(String.join(" ", entry.keywords()));
      words.addAll(List.of(entry.answer().split(" ")));
    }
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(40); w >= 0; w--) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      questions.add(text.toString());
    }
  }

  @AfterAll
  void close() throws Exception {
    lucene.close();
    direct.close();
    stackedLucene.close();
    stackedDirect.close();
  }

  @Test
  @DisplayName("gives every question the hits Lucene gives, to the last bit")
  void sameAsLucene() {
    int withHits = 0;
    for (String question : questions) {
      List<EntryHit> expected = lucene.search(question, 16);
      assertEquals(expected, direct.search(question, 16), question);
      withHits += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(withHits > questions.size() * 9 / 10, withHits + " of " + questions.size() + " questions have hits");
  }

  @Test
  @DisplayName("gives the hits Lucene gives where synonyms stack two terms on one position")
  void sameWithStackedSynonyms() {
    assertEquals(List.of("hurt", "pain"), stackedDirect.analyze("pain"), "the rules stack two terms");
    for (String question : questions) {
      assertEquals(stackedLucene.search(question, 16), stackedDirect.search(question, 16), question);
    }
  }

  @Test
  @DisplayName("is what a 22-entry FAQ is ranked with: no Lucene index is built")
  void smallFaqHasNoLuceneIndex() {
    assertNull(direct.searcher());
  }
}
