package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.Escalation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups escalated questions by similarity: two questions are alike when their sets of
 * meaningful words ({@link QuestionWords}) have a Jaccard similarity of at least the threshold.
 * Greedy, in the order given: each question joins the most similar group's first question, or
 * starts a group. Good enough for a weekly list of a few hundred questions; no clustering library.
 */
public final class QuestionGrouper {
  /** Half the words in common: "makeup after microneedling" ~ "wear makeup after". */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final double threshold;

  public QuestionGrouper(double threshold) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
    }
    this.threshold = threshold;
  }

  /** Groups, largest first; equal sizes in the order their first question came. */
  public List<QuestionGroup> group(List<Escalation> escalations) {
    List<Builder> groups = new ArrayList<>();
    for (Escalation escalation : escalations) {
      Set<String> words = new HashSet<>(QuestionWords.of(escalation.question()));
      Builder best = null;
      double bestSimilarity = 0.0;
      for (Builder group : groups) {
        double similarity = jaccard(words, group.words);
        if (similarity >= threshold && similarity > bestSimilarity) { // a tie keeps the older group
          best = group;
          bestSimilarity = similarity;
        }
      }
      if (best == null) {
        best = new Builder(escalation.question(), words);
        groups.add(best);
      }
      best.add(escalation);
    }
    return groups.stream()
        .map(Builder::build)
        .sorted(Comparator.comparingInt(QuestionGroup::count).reversed())
        .toList();
  }

  /** |a ∩ b| / |a ∪ b|; two questions with no meaningful words at all count as alike. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    return (double) common.size() / (a.size() + b.size() - common.size());
  }

  private static final class Builder {
    private final String representative;
    private final Set<String> words;
    private final List<Long> ids = new ArrayList<>();
    private final Map<EscalationReason, Integer> reasons = new EnumMap<>(EscalationReason.class);

    Builder(String representative, Set<String> words) {
      this.representative = representative;
      this.words = words;
    }

    void add(Escalation escalation) {
      ids.add(escalation.id());
      reasons.merge(escalation.reason(), 1, Integer::sum);
    }

    QuestionGroup build() {
      return new QuestionGroup(representative, ids, reasons);
    }
  }
}
