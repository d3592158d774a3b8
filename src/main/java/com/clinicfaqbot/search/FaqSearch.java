package com.clinicfaqbot.search;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index questions are answered from, swapped whole when the FAQ is reloaded. Readers never
 * block: each question takes the current index once and uses it to the end.
 *
 * <p>The replaced index is not closed: a question may still be reading it, and an in-memory index
 * holds no file handles, so the garbage collector reclaims it once the last reader is done.
 */
public final class FaqSearch {
  private final AtomicReference<FaqIndex> current;

  public FaqSearch(FaqIndex initial) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
  }

  public FaqIndex current() {
    return current.get();
  }

  /** Makes {@code next} the index for every question from now on; returns the one it replaced. */
  public FaqIndex swap(FaqIndex next) {
    return current.getAndSet(Objects.requireNonNull(next, "next"));
  }
}
