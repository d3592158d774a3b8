package com.clinicfaqbot.escalation.review;

import static com.clinicfaqbot.escalation.review.ReviewEscalations.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinicfaqbot.assistant.EscalationReason;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class QuestionGrouperTest {
  private final QuestionGrouper grouper = new QuestionGrouper(QuestionGrouper.DEFAULT_THRESHOLD);

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Can I wear MAKEUP after microneedling?!  | wear makeup after microneedling",
        "What's the price of a session?          | whats price session",
        "I'm not sure: is it safe, before a peel? | not sure safe before peel",
        "Décolleté — how many sessions?          | decollete many sessions",
        "how much is it                          | much",
        "?!                                      | ''",
      })
  @DisplayName("A question is reduced to its meaningful words: lower case, no accents, no punctuation, no filler")
  void normalises(String question, String words) {
    assertEquals(words, String.join(" ", QuestionWords.of(question)));
  }

  @Test
  @DisplayName("Similar questions form one group, counted, with their reasons, largest group first")
  void groupsSimilarQuestions() {
    // GIVEN makeup questions phrased three ways, a makeup question about peels, and two price questions
    var escalations =
        List.of(
            open(1, "How much does it cost?", EscalationReason.BUSINESS),
            open(2, "Can I wear makeup after microneedling?", EscalationReason.NO_MATCH),
            open(3, "wear makeup after microneedling!!", EscalationReason.NO_MATCH),
            open(4, "Makeup after a peel?", EscalationReason.OTHER_TREATMENT),
            open(5, "When can I put makeup on after microneedling?", EscalationReason.HUMAN_REQUESTED),
            open(6, "how much is it?", EscalationReason.BUSINESS));

    // WHEN they are grouped
    List<QuestionGroup> groups = grouper.group(escalations);

    // THEN the microneedling makeup questions are one group of three, the price questions one of
    // two (exactly half their words shared), and the peel question stands alone (0.4 < 0.5)
    assertEquals(
        List.of(
            new QuestionGroup("Can I wear makeup after microneedling?", List.of(2L, 3L, 5L),
                Map.of(EscalationReason.NO_MATCH, 2, EscalationReason.HUMAN_REQUESTED, 1)),
            new QuestionGroup("How much does it cost?", List.of(1L, 6L),
                Map.of(EscalationReason.BUSINESS, 2)),
            new QuestionGroup("Makeup after a peel?", List.of(4L),
                Map.of(EscalationReason.OTHER_TREATMENT, 1))),
        groups);
    assertEquals(List.of(3, 2, 1), groups.stream().map(QuestionGroup::count).toList());
  }

  @Test
  @DisplayName("A question joins the group it is most similar to, not the first one above the threshold")
  void joinsMostSimilarGroup() {
    // GIVEN two groups, and a question half like the first and three quarters like the second
    var escalations =
        List.of(
            open(1, "numbing cream", EscalationReason.NO_MATCH),
            open(2, "cream hurts after", EscalationReason.NO_MATCH),
            open(3, "numbing cream hurts after", EscalationReason.NO_MATCH));

    // WHEN they are grouped with a threshold the third question passes for both
    List<QuestionGroup> groups = new QuestionGrouper(0.5).group(escalations);

    // THEN it joins the second (3/4 similar) rather than the first (2/4)
    assertEquals(List.of(List.of(2L, 3L), List.of(1L)),
        groups.stream().map(QuestionGroup::escalationIds).toList());
  }

  @Test
  @DisplayName("Jaccard similarity is shared words over all words")
  void jaccard() {
    assertEquals(0.6, QuestionGrouper.jaccard(Set.of("a", "b", "c", "d"), Set.of("b", "c", "d", "e")), 1e-9);
    assertEquals(0.0, QuestionGrouper.jaccard(Set.of("a"), Set.of("b")), 1e-9);
    assertEquals(1.0, QuestionGrouper.jaccard(Set.of(), Set.of()), 1e-9);
  }

  @Test
  @DisplayName("A threshold outside (0, 1] is refused")
  void refusesBadThreshold() {
    assertThrows(IllegalArgumentException.class, () -> new QuestionGrouper(0.0));
    assertThrows(IllegalArgumentException.class, () -> new QuestionGrouper(1.5));
  }
}
