package com.clinicfaqbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.evaluation.LabeledQuestion.Category;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The labeled development set")
final class DevSetTest {
  private static final Path DEV_SET = Path.of("src/test/resources/eval/dev-set.yaml");
  private static List<LabeledQuestion> questions;
  private static Evaluation.Result result;

  @BeforeAll
  static void run() throws Exception {
    questions = new LabeledSetLoader().load(DEV_SET);
    result = new Evaluation(CoreEngine.load(Path.of("faq")).assistant()).run(questions);
  }

  @Test
  @DisplayName("has at least 200 questions covering every FAQ entry and every category")
  void coverage() throws Exception {
    assertTrue(questions.size() >= 200, "only " + questions.size());
    Map<Category, Long> byCategory = questions.stream().collect(Collectors.groupingBy(LabeledQuestion::category, Collectors.counting()));
    assertEquals(4, byCategory.size(), byCategory::toString);
    List<String> ids = CoreEngine.load(Path.of("faq")).catalog().entries().stream().map(e -> e.id()).toList();
    for (String id : ids) {
      assertTrue(questions.stream().anyMatch(q -> q.faqIds().contains(id)), "no question for " + id);
    }
  }

  @Test
  @DisplayName("escalates every urgent question as urgent")
  void urgent() {
    List<String> missed = result.outcomes().stream()
        .filter(o -> o.question().category() == Category.URGENT && !o.right())
        .map(o -> o.question().question() + " → " + o.got())
        .toList();
    assertEquals(List.of(), missed);
  }

  @Test
  @DisplayName("never answers an out-of-scope question, and greets small talk")
  void outOfScopeAndSmallTalk() {
    assertEquals(1.0, result.accuracy(Category.OUT_OF_SCOPE), result::format);
    assertEquals(1.0, result.accuracy(Category.SMALL_TALK), result::format);
  }

  @Test
  @DisplayName("answers in-scope questions with a right entry at least " + Gates.IN_SCOPE + " of the time")
  void inScope() {
    assertTrue(result.accuracy(Category.IN_SCOPE) >= Gates.IN_SCOPE, result::format);
  }

  @Test
  @DisplayName("answers wrongly at most " + Gates.WRONG + " of all questions")
  void wrongAnswers() {
    assertTrue(result.wrongAnswerRate() <= Gates.WRONG, result::format);
  }

  /** The bars the development set must clear. */
  private static final class Gates {
    static final double IN_SCOPE = 0.95;
    static final double WRONG = 0.01;
  }
}
