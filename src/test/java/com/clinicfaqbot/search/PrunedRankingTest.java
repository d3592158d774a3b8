package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.faq.FaqException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pruned ranking of a large FAQ must be exactly the ranking that scoring every hit gives:
 * same entries, same order, same scores, down to ties. The FAQ here is built to be hard on that:
 * templated phrasings that tie by the thousand, answers that share most of their words, and
 * questions from one word to a long ramble.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Pruned ranking of a large FAQ")
final class PrunedRankingTest {
  private static final int ENTRIES = 1_500;
  private static final String[] CONCERNS = {
    "acne scars", "fine lines", "large pores", "pigmentation", "redness", "stretch marks", "melasma",
    "dark spots", "dull skin", "wrinkles",
  };
  private static final String[] AREAS = {"face", "neck", "chest", "hands", "forehead", "cheeks", "back"};
  private static final String[] ACTIONS = {
    "wear makeup", "exfoliate", "go in the sun", "use retinol", "swim", "work out", "shave",
  };
  private static final String[] FILLER = {
    "skin", "session", "treatment", "results", "microneedling", "heal", "red", "days", "week", "serum",
    "gentle", "after", "before", "needle", "depth", "collagen", "calm", "cream", "pain", "numbing",
  };
  private static final String[] SENTENCES = {
    "Most skin heals in a few days after a session.",
    "Expect red skin for a day or two, like a mild sunburn.",
    "A numbing cream keeps the pain low during the treatment.",
    "Results build over weeks as new collagen forms.",
    "Use a gentle serum and cream while your skin is healing.",
    "Needle depth depends on the area and on your skin.",
  };
  private static final String[] SYLLABLES = {"lu", "mi", "ra", "der", "vel", "ci", "no", "sa", "ther", "gen"};

  private final Random random = new Random(7);
  private FaqIndex exhaustive;
  private FaqIndex pruned;
  private FaqIndex direct;
  private List<String> questions;

  @BeforeAll
  void build() throws FaqException {
    List<FaqEntry> entries = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      entries.add(entry(i));
    }
    FaqCatalog catalog = new FaqCatalog(entries, List.of());
    exhaustive = FaqIndex.build(catalog, "synonyms.txt", FaqIndex.Ranking.EXHAUSTIVE);
    pruned = FaqIndex.build(catalog, "synonyms.txt", FaqIndex.Ranking.PRUNED);
    direct = FaqIndex.build(catalog, "synonyms.txt", FaqIndex.Ranking.DIRECT);
    questions = questions();
  }

  @AfterAll
  void close() throws Exception {
    exhaustive.close();
    pruned.close();
    direct.close();
  }

  @Test
  @DisplayName("gives every question the same hits, in the same order, with the same scores")
  void sameAsScoringEverything() {
    for (String question : questions) {
      assertEquals(exhaustive.search(question, 16), pruned.search(question, 16), question);
    }
  }

  @Test
  @DisplayName("ranking from the FAQ's own postings gives the same hits as scoring every hit with Lucene")
  void directSameAsScoringEverything() {
    for (String question : questions) {
      assertEquals(exhaustive.search(question, 16), direct.search(question, 16), question);
    }
  }

  @Test
  @DisplayName("is tested where pruning is hardest: many questions tie at the ranking's last place")
  void questionsMatchManyEntries() {
    int tiedAtLastPlace = 0;
    for (String question : questions) {
      List<EntryHit> hits = exhaustive.search(question, 16);
      if (hits.size() == 16 && hits.get(14).score() == hits.get(15).score()) {
        tiedAtLastPlace++;
      }
    }
    // A tie at the last place is decided by FAQ order among entries pruning may have skipped.
    assertTrue(tiedAtLastPlace >= questions.size() / 4, tiedAtLastPlace + " of " + questions.size() + " tie at last place");
    assertEquals(16, exhaustive.search("skin", 16).size());
  }

  @Test
  @DisplayName("keeps the best entries, ties going to the one listed first, and knows its bound")
  void topEntriesKeepTheBest() {
    PrunedRanking.TopEntries top = new PrunedRanking.TopEntries(3);
    assertFalse(top.offer(5, 2.0));
    assertFalse(top.offer(9, 1.0));
    assertEquals(0.0, top.bound(), "nothing is bounded until the list is full");
    assertEquals(-1, top.lastEntry());
    assertTrue(top.offer(7, 1.0), "filling the list sets a bound");
    assertEquals(1.0, top.bound());
    assertEquals(9, top.lastEntry(), "of two tied entries, the one listed later ranks last");
    assertFalse(top.offer(10, 1.0), "a tie listed after the last place does not enter");
    assertTrue(top.offer(6, 1.0), "a tie listed before it does");
    assertEquals(7, top.lastEntry());
    assertFalse(top.offer(1, 0.5));
    assertArrayEquals(new int[] {5, 6, 7}, top.ranked().entries());
    assertArrayEquals(new double[] {2.0, 1.0, 1.0}, top.ranked().scores());
    long[] byEntry = top.byEntry();
    assertEquals(5, PrunedRanking.TopEntries.entry(byEntry[0]));
    assertEquals(7, PrunedRanking.TopEntries.entry(byEntry[2]));
    assertEquals(2f, PrunedRanking.TopEntries.score(byEntry[0]));
  }

  private FaqEntry entry(int ordinal) {
    String name = name();
    String concern = pick(CONCERNS);
    String area = pick(AREAS);
    List<String> alternates = List.of(
        "Can microneedling with " + name + " help " + concern + " on the " + area + "?",
        "How long after a " + name + " session can I " + pick(ACTIONS) + "?",
        "Is " + name + " safe for " + pick(AREAS) + " skin?",
        "does " + name + " work on my " + area + " lol");
    // Few distinct sentences, so many answers score alike.
    String answer = name + " treats " + concern + ". " + pick(SENTENCES) + " " + pick(SENTENCES);
    return new FaqEntry("entry-" + ordinal, "How many " + name + " sessions do I need for " + concern + "?",
        alternates, List.of(concern, area, pick(FILLER)), answer, List.of(), "generated:" + ordinal);
  }

  private List<String> questions() {
    List<String> all = new ArrayList<>();
    for (String word : FILLER) {
      all.add(word);
      all.add("does " + word + " hurt");
    }
    for (int i = 0; i < 120; i++) {
      all.add("how long after " + pick(FILLER) + " can i " + pick(ACTIONS));
      all.add("is it good for " + pick(CONCERNS) + " on my " + pick(AREAS));
      all.add(words(1 + random.nextInt(4)));
      all.add(words(12 + random.nextInt(25)));
    }
    return all;
  }

  private String words(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(random.nextInt(3) == 0 ? pick(CONCERNS) : pick(FILLER));
    }
    return text.toString();
  }

  private String name() {
    return pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES);
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }
}
