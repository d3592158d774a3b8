package com.clinicfaqbot.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The question suggestions")
final class QuestionSuggestionsTest {
  private static CoreEngine engine;

  @BeforeAll
  static void loadFaq() throws Exception {
    engine = CoreEngine.load(Path.of("faq"));
  }

  @Test
  @DisplayName("What a client has typed so far brings up the best-matching FAQ question first")
  void topMatches() {
    // WHEN a client has typed part of a question
    List<String> suggested = new QuestionSuggestions(engine.search()).suggest("numbing cre", 5, 100);

    // THEN the closest FAQ question comes first
    assertEquals(engine.catalog().find("numbing-cream").orElseThrow().question(), suggested.get(0));
    assertTrue(suggested.size() <= 5);
  }

  @Test
  @DisplayName("Nothing typed yet lists the FAQ's questions in order, each within the length limit")
  void emptyListsTheFaq() {
    // WHEN nothing is typed yet
    List<String> suggested = new QuestionSuggestions(engine.search()).suggest("", 25, 30);

    // THEN the FAQ's questions are listed, each cut to fit
    assertEquals(Math.min(25, engine.catalog().size()), suggested.size());
    assertTrue(suggested.stream().allMatch(q -> q.length() <= 30), suggested.toString());
  }
}
