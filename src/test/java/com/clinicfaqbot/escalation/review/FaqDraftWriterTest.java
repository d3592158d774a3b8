package com.clinicfaqbot.escalation.review;

import static com.clinicfaqbot.escalation.review.ReviewEscalations.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

final class FaqDraftWriterTest {
  /** Still the 20th in UTC, already the 21st at the clinic in Berlin: the header uses the clinic's. */
  private static final Instant LATE_EVENING = Instant.parse("2026-11-20T23:30:00Z");

  @TempDir Path folder;

  private FaqDraftWriter writer() {
    return new FaqDraftWriter(folder.resolve("faq/drafts"), ZoneId.of("Europe/Berlin"));
  }

  @Test
  @DisplayName("A staff answer becomes a draft FAQ entry file in the agreed format, the client's question as an alternate")
  void writesDraft() throws IOException {
    // GIVEN escalation #12, answered by Dana
    Escalation escalation =
        answered(12, "can i wear makeup after microneedling", "Dana",
            "Wait 24 hours, then use mineral makeup.", LATE_EVENING);

    // WHEN it is promoted
    Path draft = writer().promote(escalation);

    // THEN the draft is faq/drafts/<slug>.yaml with exactly this text
    assertEquals(folder.resolve("faq/drafts/wear-makeup-after-microneedling.yaml"), draft);
    assertEquals(
        """
        # Draft from escalation #12 answered by Dana on 2026-11-21 — review before moving into faq/
        entries:
          - id: wear-makeup-after-microneedling
            question: "Can i wear makeup after microneedling?"
            alternates:
              - "can i wear makeup after microneedling"
            answer: "Wait 24 hours, then use mineral makeup."
        """,
        Files.readString(draft));
  }

  @Test
  @DisplayName("Quotes, colons, hashes and line breaks in the texts survive: the draft parses back to the same strings")
  void trickyTextRoundTrips() throws IOException {
    // GIVEN texts that would break hand-written YAML
    String question = "Is \"numbing\" cream: needed? # asking for a friend\n- really";
    String answer = "Usually: yes.\nIt takes 20–30 min — ask us! 'Really'\n  - indented";
    Escalation escalation = answered(7, question, "Sam\nO'Neil", answer, LATE_EVENING);

    // WHEN it is promoted and the file parsed
    Map<String, Object> entry = onlyEntry(writer().promote(escalation));

    // THEN every field reads back as written
    assertEquals("numbing-cream-needed-asking-friend-really", entry.get("id"));
    assertEquals(FaqDraftWriter.tidy(question), entry.get("question"));
    assertEquals(List.of(question), entry.get("alternates"));
    assertEquals(answer, entry.get("answer"));
  }

  @Test
  @DisplayName("A second draft with the same slug gets the escalation id appended; the first is not overwritten")
  void neverOverwrites() throws IOException {
    // GIVEN a draft from escalation #1
    Path first = writer().promote(answered(1, "Can I swim after?", "Dana", "After 24 h.", LATE_EVENING));
    String firstText = Files.readString(first);

    // WHEN escalation #2 with the same question is promoted
    Path second = writer().promote(answered(2, "can I swim after", "Sam", "Wait a day.", LATE_EVENING));

    // THEN it goes to its own file with its own id
    assertEquals("swim-after-2.yaml", second.getFileName().toString());
    assertEquals("swim-after-2", onlyEntry(second).get("id"));
    assertEquals(firstText, Files.readString(first));
  }

  @Test
  @DisplayName("An escalation already drafted is refused, under its slug or, when that was taken, under slug-id")
  void refusesASecondDraft() throws IOException {
    Escalation first = answered(1, "Can I swim after?", "Dana", "After 24 h.", LATE_EVENING);
    Escalation second = answered(2, "can I swim after", "Sam", "Wait a day.", LATE_EVENING);
    Path firstDraft = writer().promote(first);
    Path secondDraft = writer().promote(second);

    EscalationException again = assertThrows(EscalationException.class, () -> writer().promote(first));
    EscalationException againToo = assertThrows(EscalationException.class, () -> writer().promote(second));

    assertEquals("escalation #1 already has an FAQ draft: " + firstDraft
        + " (edit that file, or delete it to promote again)", again.getMessage());
    assertEquals("escalation #2 already has an FAQ draft: " + secondDraft
        + " (edit that file, or delete it to promote again)", againToo.getMessage());
  }

  @Test
  @DisplayName("An escalation without a staff answer is refused")
  void refusesUnanswered() {
    Escalation open = ReviewEscalations.open(5, "q?", EscalationReason.NO_MATCH);

    EscalationException refused =
        assertThrows(EscalationException.class, () -> writer().promote(open));

    assertEquals("escalation #5 has no staff answer to turn into an FAQ draft (it is OPEN)",
        refused.getMessage());
  }

  @Test
  @DisplayName("A question with no usable words gets a slug from the escalation id")
  void fallbackSlug() {
    assertEquals("escalation-9",
        FaqDraftWriter.slug(answered(9, "??? — !!!", "Dana", "a", LATE_EVENING)));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyEntry(Path draft) throws IOException {
    Map<String, Object> root =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(draft));
    List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("entries");
    assertEquals(1, entries.size());
    return entries.get(0);
  }
}
