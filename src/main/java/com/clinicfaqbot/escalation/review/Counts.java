package com.clinicfaqbot.escalation.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/** Counts per enum constant, read-only and in the enum's order, for display. */
final class Counts {
  private Counts() {}

  /** How often each constant occurs in {@code items}; every constant present, zero included. */
  static <E extends Enum<E>> Map<E, Integer> tally(Class<E> type, Stream<E> items) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E constant : type.getEnumConstants()) {
      counts.put(constant, 0);
    }
    items.forEach(item -> counts.merge(item, 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** A read-only copy of {@code counts} in the enum's order. */
  static <E extends Enum<E>> Map<E, Integer> copy(Class<E> type, Map<E, Integer> counts) {
    Map<E, Integer> copy = new EnumMap<>(type);
    copy.putAll(counts);
    return Collections.unmodifiableMap(copy);
  }
}
