package com.clinicfaqbot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A number for every analyzed term of one FAQ index. A question's terms are looked up here once;
 * everything compared per entry (profiles, word model, postings) is then indexed or searched by
 * number instead of hashing the same strings again for every entry. Numbers are given while the
 * index is built and only read afterwards.
 */
final class TermIds {
  static final int NONE = -1;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /** The term's number, given now if it has none yet. */
  int add(String term) {
    Integer id = ids.get(term);
    if (id != null) {
      return id;
    }
    int next = terms.size();
    ids.put(term, next);
    terms.add(term);
    return next;
  }

  /** The term's number, or {@link #NONE} for a word the FAQ never uses. */
  int of(String term) {
    Integer id = ids.get(term);
    return id == null ? NONE : id;
  }

  /** The term with number {@code id}. */
  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }
}
