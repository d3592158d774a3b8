package com.clinicfaqbot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guards the cheap path of every question: one index (and for a Lucene-ranked one, one searcher
 * and one reader), shared by all questions until a reload swaps in a whole new index, while
 * questions in flight keep working. No timings: only identities and replies are checked.
 */
final class IndexReuseTest {
  private static final Path FAQ = Path.of("faq");
  private static final List<String> QUESTIONS =
      List.of(
          "does microneedling hurt",
          "numing creme before?",
          "how long is the downtime",
          "can i wear makeup the next day",
          "my face is still swollen 3 days after my session",
          "how much does it cost",
          "thanks so much!",
          "is it better than laser",
          "what is the weather tomorrow",
          "will it give me that glow ✨");

  private CoreEngine engine;

  @BeforeEach
  void load() throws Exception {
    engine = CoreEngine.load(FAQ);
  }

  @Test
  @DisplayName("Questions are answered from one index: nothing is rebuilt per question")
  void oneIndexForAllQuestions() {
    // GIVEN the engine's index
    FaqIndex index = engine.index();

    // WHEN many questions are decided
    for (int round = 0; round < 3; round++) {
      QUESTIONS.forEach(engine.assistant()::decide);
    }

    // THEN the same index serves them all, and a small FAQ has no Lucene index to reopen
    assertSame(index, engine.index(), "the index was replaced without a reload");
    assertNull(index.searcher(), "a 22-entry FAQ is ranked from its own postings");
  }

  @Test
  @DisplayName("A Lucene-ranked index answers from one searcher and reader: none is made per question")
  void oneSearcherForAllQuestions() throws Exception {
    // GIVEN the FAQ indexed with Lucene, its searcher and its reader
    try (FaqIndex index = FaqIndex.build(engine.catalog(), FAQ.resolve("synonyms.txt").toString(),
        FaqIndex.Ranking.EXHAUSTIVE)) {
      IndexSearcher searcher = index.searcher();
      IndexReader reader = searcher.getIndexReader();

      // WHEN many questions are searched
      for (int round = 0; round < 3; round++) {
        QUESTIONS.forEach(question -> index.search(question, 8));
      }

      // THEN the same objects serve them all
      assertSame(searcher, index.searcher(), "the searcher was replaced");
      assertSame(reader, index.searcher().getIndexReader(), "the reader was replaced");
      assertEquals(1, reader.getRefCount(), "the reader was reopened or shared with another owner");
    }
  }

  @Test
  @DisplayName("Reloading while questions are being answered swaps the index whole: every reply stays right")
  void reloadSwapsAtomically() throws Exception {
    // GIVEN the replies to the questions before any reload
    Assistant assistant = engine.assistant();
    Map<String, String> expected = new LinkedHashMap<>();
    QUESTIONS.forEach(q -> expected.put(q, signature(assistant.decide(q))));

    // WHEN two threads keep asking while the FAQ is reloaded several times
    ExecutorService askers = Executors.newFixedThreadPool(2);
    AtomicBoolean reloading = new AtomicBoolean(true);
    CountDownLatch started = new CountDownLatch(2);
    List<Future<List<String>>> results = new ArrayList<>();
    List<FaqIndex> replaced = new ArrayList<>();
    try {
      for (int t = 0; t < 2; t++) {
        int offset = t * 3;
        results.add(askers.submit(() -> {
          List<String> wrong = new ArrayList<>();
          started.countDown();
          for (int i = 0; reloading.get() && i < 1_000_000; i++) {
            String question = QUESTIONS.get((offset + i) % QUESTIONS.size());
            String reply = signature(assistant.decide(question));
            if (!reply.equals(expected.get(question))) {
              wrong.add(question + " → " + reply);
            }
          }
          return wrong;
        }));
      }
      started.await();
      for (int reload = 0; reload < 4; reload++) {
        FaqIndex before = engine.index();
        engine.reload();
        assertNotSame(before, engine.index(), "reload did not swap in a new index");
        replaced.add(before);
      }
    } finally {
      reloading.set(false);
      askers.shutdown();
    }

    // THEN no asker failed or got a different reply, and a replaced index still answers
    for (Future<List<String>> result : results) {
      List<String> wrong = result.get(30, TimeUnit.SECONDS);
      assertTrue(wrong.isEmpty(), "replies changed during reloads: " + wrong);
    }
    assertTrue(askers.awaitTermination(30, TimeUnit.SECONDS));
    FaqIndex old = replaced.get(0);
    assertEquals(
        engine.index().search("does microneedling hurt", 3).get(0).entry().id(),
        old.search("does microneedling hurt", 3).get(0).entry().id());
  }

  /** What a reply says, without the objects it says it with (each reload makes new entries). */
  private static String signature(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return "answer " + answer.entry().id();
    }
    if (reply instanceof Reply.Clarify clarify) {
      return "clarify " + ids(clarify.candidates());
    }
    if (reply instanceof Reply.Escalate escalate) {
      return "escalate " + escalate.reason().code() + " " + ids(escalate.candidates());
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return "smalltalk " + smallTalk.text();
    }
    throw new IllegalStateException("unknown reply " + reply);
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::faqId).toList();
  }
}
