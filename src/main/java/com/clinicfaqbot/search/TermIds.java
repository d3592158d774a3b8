package com.clinicfaqbot.search;

import java.util.HashMap;
import java.util.Map;

/**
 * A number for every analyzed term of one FAQ index. A question's terms are looked up here once;
 * everything compared per entry (profiles, word model, term queries) is then indexed or searched
 * by number instead of hashing the same strings again for every entry. Numbers are given while the
 * index is built and only read afterwards.
 */
final class TermIds {
  static final int NONE = -1;

  private final Map<String, Integer> ids = new HashMap<>();

  /** The term's number, given now if it has none yet. */
  int add(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = ids.size();
    ids.put(term, next);
    return next;
  }

  /** The term's number, or {@link #NONE} for a word the FAQ never uses. */
  int of(String term) {
    Integer id = ids.get(term);
    return id == null ? NONE : id;
  }

  int size() {
    return ids.size();
  }
}
