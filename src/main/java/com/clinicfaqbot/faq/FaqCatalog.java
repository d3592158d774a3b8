package com.clinicfaqbot.faq;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A validated, immutable FAQ: entries in file order, looked up by id, plus the synonym rules. */
public final class FaqCatalog {
  private final List<FaqEntry> entries;
  private final Map<String, FaqEntry> byId;
  private final List<SynonymRule> synonyms;

  public FaqCatalog(List<FaqEntry> entries, List<SynonymRule> synonyms) {
    this.entries = List.copyOf(entries);
    Map<String, FaqEntry> index = new LinkedHashMap<>();
    for (FaqEntry entry : this.entries) {
      if (index.putIfAbsent(entry.id(), entry) != null) {
        throw new IllegalArgumentException("duplicate FAQ id " + entry.id());
      }
    }
    this.byId = Map.copyOf(index);
    this.synonyms = List.copyOf(synonyms);
  }

  public List<FaqEntry> entries() {
    return entries;
  }

  public Optional<FaqEntry> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<SynonymRule> synonyms() {
    return synonyms;
  }

  public int size() {
    return entries.size();
  }
}
