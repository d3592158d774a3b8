package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The spelling corrector against the one it replaced: Lucene's {@code FuzzyTermsEnum} (one edit
 * below six characters, two from six, first letter kept, transpositions as one edit) over a
 * vocabulary field holding each entry's texts, best boost first, then the term most entries use,
 * then the first in term order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Spelling correction")
final class SpellingCorrectorTest {
  private static final Path FAQ = Path.of("faq");
  private static final String FIELD = "vocabulary";

  private FaqIndex index;
  private FaqAnalyzer analyzer;
  private ByteBuffersDirectory directory;
  private DirectoryReader reader;
  private Terms vocabulary;

  @BeforeAll
  void build() throws Exception {
    FaqCatalog catalog = new FaqLoader().load(FAQ);
    index = FaqIndex.build(catalog, FAQ);
    analyzer = new FaqAnalyzer(Synonyms.build(catalog.synonyms(), "synonyms.txt", new ArrayList<>()));
    // The replaced corrector's vocabulary: one document per entry with all of its texts.
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (FaqEntry entry : catalog.entries()) {
        List<String> texts = new ArrayList<>();
        texts.add(entry.question());
        texts.addAll(entry.alternates());
        texts.addAll(entry.keywords());
        texts.add(entry.answer());
        Document doc = new Document();
        doc.add(new TextField(FIELD, String.join(" , ", texts), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    vocabulary = MultiTerms.getTerms(reader, FIELD);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
    directory.close();
    analyzer.close();
    index.close();
  }

  /** What the replaced corrector answered. */
  private Optional<String> fuzzy(String word) throws IOException {
    if (word.length() < 4) {
      return Optional.empty();
    }
    FuzzyTermsEnum candidates = new FuzzyTermsEnum(vocabulary, new Term(FIELD, word), word.length() < 6 ? 1 : 2, 1, true);
    String best = null;
    float bestSimilarity = -1;
    int bestFrequency = -1;
    for (BytesRef term = candidates.next(); term != null; term = candidates.next()) {
      float similarity = candidates.getBoost();
      int frequency = candidates.docFreq();
      if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
        best = term.utf8ToString();
        bestSimilarity = similarity;
        bestFrequency = frequency;
      }
    }
    return Optional.ofNullable(best);
  }

  private List<String> vocabularyTerms() throws IOException {
    List<String> terms = new ArrayList<>();
    TermsEnum iterator = vocabulary.iterator();
    for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
      terms.add(term.utf8ToString());
    }
    return terms;
  }

  @Test
  @DisplayName("corrects every word of both labeled sets as the fuzzy terms enum did")
  void sameOnLabeledSets() throws IOException {
    Set<String> words = new TreeSet<>();
    for (String set : List.of("dev-set.yaml", "holdout-set.yaml")) {
      for (LabeledQuestion question : new LabeledSetLoader().load(Path.of("src/test/resources/eval", set))) {
        words.addAll(index.analyze(question.question()));
        // The raw words too: longer and further from the vocabulary than what analysis leaves.
        for (String word : question.question().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
          words.add(word);
        }
      }
    }
    int corrected = 0;
    for (String word : words) {
      Optional<String> expected = fuzzy(word);
      assertEquals(expected, index.correct(word), word);
      corrected += expected.isPresent() ? 1 : 0;
    }
    assertTrue(words.size() >= 900 && corrected > 300, words.size() + " words, " + corrected + " corrected");
  }

  @Test
  @DisplayName("corrects thousands of generated misspellings of the FAQ's words as the fuzzy terms enum did")
  void sameOnGeneratedTypos() throws IOException {
    Random random = new Random(15);
    Set<String> words = new LinkedHashSet<>();
    for (String term : vocabularyTerms()) {
      for (int variant = 0; variant < 6; variant++) {
        // One to three edits of any kind, anywhere (the first letter too): near and far misses.
        String word = term;
        for (int edit = 0; edit <= variant % 3; edit++) {
          word = edit(word, random);
        }
        words.add(word);
      }
    }
    int corrected = 0;
    for (String word : words) {
      Optional<String> expected = fuzzy(word);
      assertEquals(expected, index.correct(word), word);
      corrected += expected.isPresent() ? 1 : 0;
    }
    assertTrue(words.size() > 3_000 && corrected > 1_000, words.size() + " words, " + corrected + " corrected");
  }

  private static String edit(String word, Random random) {
    if (word.isEmpty()) {
      return "a";
    }
    StringBuilder out = new StringBuilder(word);
    int at = random.nextInt(word.length());
    char letter = (char) ('a' + random.nextInt(26));
    switch (random.nextInt(4)) {
      case 0 -> out.setCharAt(at, letter);
      case 1 -> out.deleteCharAt(at);
      case 2 -> out.insert(at, letter);
      default -> {
        if (at + 1 < word.length()) {
          out.setCharAt(at, word.charAt(at + 1));
          out.setCharAt(at + 1, word.charAt(at));
        }
      }
    }
    return out.toString();
  }

  @Test
  @DisplayName("uses the vocabulary of the entries' texts, each term with the number of entries that use it")
  void sameVocabulary() throws IOException {
    for (String term : vocabularyTerms()) {
      assertEquals(term.length() < 4 ? Optional.empty() : Optional.of(term), index.correct(term),
          "a term of the FAQ corrects to itself");
    }
    assertEquals(Optional.empty(), index.correct("zzzzzzz"));
    assertEquals(Optional.empty(), index.correct("nmb"), "shorter than four characters");
  }

  @Test
  @DisplayName("counts edits as the optimal string alignment distance, stopping once past the bound")
  void distance() {
    Random random = new Random(3);
    int[][] rows = new int[3][16];
    for (int i = 0; i < 20_000; i++) {
      int[] a = random.ints(random.nextInt(9), 'a', 'e').toArray();
      int[] b = random.ints(random.nextInt(9), 'a', 'e').toArray();
      int exact = osa(a, b);
      int bounded = SpellingCorrector.distance(a, b, 2, rows);
      assertEquals(Math.min(exact, 3), Math.min(bounded, 3), java.util.Arrays.toString(a) + " " + java.util.Arrays.toString(b));
    }
    assertEquals(1, SpellingCorrector.distance("ab".codePoints().toArray(), "ba".codePoints().toArray(), 2, rows));
    assertEquals(3, SpellingCorrector.distance("ca".codePoints().toArray(), "abc".codePoints().toArray(), 3, rows),
        "no substring is edited twice: not 2, as unrestricted Damerau-Levenshtein would count");
  }

  /** The textbook dynamic programme, full table. */
  private static int osa(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }
}
