package com.clinicfaqbot.desk;

import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.search.EntryHit;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.search.FaqSearch;
import com.clinicfaqbot.triage.TextNormalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The FAQ's questions that best match what a client has typed so far, for autocomplete: the
 * search's top entries, or, while nothing searchable has been typed, entries whose question
 * contains the text (all of them for an empty text), in FAQ order.
 */
public final class QuestionSuggestions {
  private final FaqSearch faq;

  public QuestionSuggestions(FaqSearch faq) {
    this.faq = Objects.requireNonNull(faq, "faq");
  }

  /** At most {@code max} questions, each cut to {@code maxChars}. */
  public List<String> suggest(String typed, int max, int maxChars) {
    FaqIndex index = faq.current();
    String text = typed == null ? "" : typed.strip();
    List<EntryHit> hits = text.isEmpty() ? List.of() : index.search(TextNormalizer.normalize(text), max);
    List<FaqEntry> entries = !hits.isEmpty()
        ? hits.stream().map(EntryHit::entry).toList()
        : index.catalog().entries().stream()
            .filter(e -> e.question().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
            .limit(max)
            .toList();
    return entries.stream().map(e -> OneLine.cut(e.question(), maxChars - 1)).toList();
  }
}
