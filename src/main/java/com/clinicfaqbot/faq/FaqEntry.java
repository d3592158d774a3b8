package com.clinicfaqbot.faq;

import java.util.List;
import java.util.Objects;

/**
 * One answer of the clinic's FAQ, as the admin wrote it in {@code faq/*.yaml}.
 *
 * @param id        kebab-case, unique across all files; a contract with staff links and tests
 * @param question  the canonical question, shown as the answer's title
 * @param alternates other phrasings clients use
 * @param keywords  extra search terms
 * @param answer    the reply text
 * @param related   ids of entries worth suggesting next
 * @param source    where the entry starts, as {@code file:line}, for error messages
 */
public record FaqEntry(
    String id,
    String question,
    List<String> alternates,
    List<String> keywords,
    String answer,
    List<String> related,
    String source) {

  public FaqEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    alternates = List.copyOf(alternates);
    keywords = List.copyOf(keywords);
    related = List.copyOf(related);
    Objects.requireNonNull(source, "source");
  }
}
