package com.clinicfaqbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The clinic's FAQ in faq/")
final class BundledFaqTest {
  /** The ids staff links, the tests and evaluation sets rely on: they never change. */
  private static final Set<String> CONTRACT_IDS =
      Set.of("pain", "numbing-cream", "downtime", "makeup", "sun-exposure", "what-is-microneedling", "how-it-works",
          "benefits", "scars", "body-areas", "cellulite", "sessions-needed", "results-timeline", "procedure-steps",
          "preparation", "aftercare", "serums-and-absorption", "side-effects", "at-home-rollers", "vs-laser", "devices",
          "who-is-it-for");

  private static FaqCatalog catalog;

  @BeforeAll
  static void load() throws FaqException {
    catalog = new FaqLoader().load(Path.of("faq"));
  }

  @Test
  @DisplayName("holds every contract id")
  void contractIds() {
    Set<String> ids = catalog.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
    assertTrue(ids.containsAll(CONTRACT_IDS), () -> "missing: " + CONTRACT_IDS.stream().filter(i -> !ids.contains(i)).toList());
  }

  @Test
  @DisplayName("gives every entry 4 to 8 alternates and a short answer of 2 to 5 sentences")
  void shape() {
    for (FaqEntry entry : catalog.entries()) {
      int alternates = entry.alternates().size();
      assertTrue(alternates >= 4 && alternates <= 8, entry.id() + " has " + alternates + " alternates");
      long sentences = List.of(entry.answer().split("(?<=[.!?])\\s+")).stream().filter(s -> !s.isBlank()).count();
      assertTrue(sentences >= 2 && sentences <= 5, entry.id() + " answer has " + sentences + " sentences");
    }
  }

  @Test
  @DisplayName("says nothing about prices, booking or opening hours: those go to staff")
  void noBusinessFacts() {
    for (FaqEntry entry : catalog.entries()) {
      String answer = entry.answer().toLowerCase();
      for (String word : List.of("$", "price", "cost", "book online", "opening hours")) {
        assertEquals(-1, answer.indexOf(word), entry.id() + " mentions " + word);
      }
    }
  }
}
