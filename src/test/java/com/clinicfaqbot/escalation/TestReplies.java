package com.clinicfaqbot.escalation;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.faq.FaqEntry;
import java.util.ArrayList;
import java.util.List;

/** The assistant's replies, built from FAQ ids, for tests. */
final class TestReplies {
  private TestReplies() {}

  static FaqEntry entry(String id) {
    return new FaqEntry(id, "About " + id + "?", List.of(), List.of(), "Answer about " + id,
        List.of(), "test.yaml:1");
  }

  static Candidate candidate(String id, double confidence) {
    return new Candidate(entry(id), confidence);
  }

  static Reply answer(String faqId) {
    return new Reply.Answer(entry(faqId), 0.9);
  }

  static Reply clarify(String first, String second) {
    return new Reply.Clarify(List.of(candidate(first, 0.5), candidate(second, 0.4)));
  }

  /** Candidates get confidences 0.4, 0.3, 0.2, 0.1 in the order given. */
  static Reply.Escalate escalate(EscalationReason reason, String... faqIds) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < faqIds.length; i++) {
      candidates.add(candidate(faqIds[i], (4 - i) / 10.0));
    }
    return new Reply.Escalate(reason, candidates);
  }

  static Reply smallTalk() {
    return new Reply.SmallTalk("Hello!");
  }
}
