package com.clinicfaqbot.assistant;

import com.clinicfaqbot.faq.FaqEntry;
import java.util.Objects;

/** An FAQ entry the engine considered, with its calibrated confidence in [0, 1]. */
public record Candidate(FaqEntry entry, double confidence) {
  public Candidate {
    Objects.requireNonNull(entry, "entry");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  public String faqId() {
    return entry.id();
  }
}
