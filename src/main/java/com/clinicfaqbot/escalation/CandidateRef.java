package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.Candidate;

/**
 * An FAQ entry search liked for an escalated question, kept by id only: the entry's text may
 * change or vanish, the id is the stable contract.
 */
public record CandidateRef(String faqId, double confidence) {
  public CandidateRef {
    Checks.notBlank(faqId, "faqId");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  public static CandidateRef of(Candidate candidate) {
    return new CandidateRef(candidate.faqId(), candidate.confidence());
  }
}
