package com.clinicfaqbot.evaluation;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.evaluation.LabeledQuestion.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs a labeled set through the assistant and scores it per category, like {@code rasa test}. */
public final class Evaluation {
  private final Assistant assistant;

  public Evaluation(Assistant assistant) {
    this.assistant = assistant;
  }

  public Result run(List<LabeledQuestion> questions) {
    List<Outcome> outcomes = new ArrayList<>();
    for (LabeledQuestion question : questions) {
      Reply reply = assistant.decide(question.question());
      outcomes.add(new Outcome(question, reply, isRight(question, reply), isWrongAnswer(question, reply)));
    }
    return new Result(outcomes);
  }

  /**
   * Right: an expected entry answered; urgent escalated as urgent; and so on. A clarification is
   * right when the label asks for one, or when the question asks two things and the client is
   * offered exactly expected entries to pick from.
   */
  static boolean isRight(LabeledQuestion question, Reply reply) {
    return switch (question.category()) {
      case IN_SCOPE -> reply instanceof Reply.Answer answer && question.faqIds().contains(answer.entry().id())
          || reply instanceof Reply.Clarify clarify && (question.expect().contains(LabeledQuestion.CLARIFY)
              || question.faqIds().size() > 1
                  && clarify.candidates().stream().allMatch(c -> question.faqIds().contains(c.faqId())));
      case URGENT -> reply instanceof Reply.Escalate escalate && escalate.urgent();
      case OUT_OF_SCOPE -> reply instanceof Reply.Escalate;
      case SMALL_TALK -> reply instanceof Reply.SmallTalk;
    };
  }

  /** The costly mistake: an FAQ answer the client did not ask for. */
  static boolean isWrongAnswer(LabeledQuestion question, Reply reply) {
    return reply instanceof Reply.Answer answer && !question.faqIds().contains(answer.entry().id());
  }

  /** How one question went. */
  public record Outcome(LabeledQuestion question, Reply reply, boolean right, boolean wrongAnswer) {
    /** A short label of the reply: the entry id, or the outcome (with the reason for escalations). */
    public String got() {
      if (reply instanceof Reply.Answer answer) {
        return answer.entry().id();
      }
      if (reply instanceof Reply.Escalate escalate) {
        return "escalate:" + escalate.reason().code() + (escalate.urgent() ? "(urgent)" : "");
      }
      if (reply instanceof Reply.Clarify clarify) {
        return "clarify" + clarify.candidates().stream().map(Candidate::faqId).toList();
      }
      return reply.outcome();
    }

    public String expected() {
      String expect = String.join("|", question.expect());
      return question.category() == Category.URGENT ? expect + "(urgent)" : expect;
    }
  }

  /** Every outcome, with the figures derived from them. */
  public record Result(List<Outcome> outcomes) {
    public Map<Category, double[]> accuracyByCategory() {
      Map<Category, double[]> byCategory = new EnumMap<>(Category.class);
      for (Outcome outcome : outcomes) {
        double[] counts = byCategory.computeIfAbsent(outcome.question().category(), c -> new double[2]);
        counts[0] += outcome.right() ? 1 : 0;
        counts[1] += 1;
      }
      return byCategory;
    }

    public double accuracy(Category category) {
      double[] counts = accuracyByCategory().getOrDefault(category, new double[] {0, 0});
      return counts[1] == 0 ? 1.0 : counts[0] / counts[1];
    }

    public List<Outcome> wrongAnswers() {
      return outcomes.stream().filter(Outcome::wrongAnswer).toList();
    }

    public double wrongAnswerRate() {
      return outcomes.isEmpty() ? 0 : (double) wrongAnswers().size() / outcomes.size();
    }

    /** The worst miss: an urgent message answered (or offered choices) from the FAQ instead of going to staff. */
    public List<Outcome> urgentAnswered() {
      return outcomes.stream()
          .filter(o -> o.question().category() == Category.URGENT && !(o.reply() instanceof Reply.Escalate))
          .toList();
    }

    public List<Outcome> misses() {
      return outcomes.stream().filter(o -> !o.right()).toList();
    }

    /** "expected → got" pairs among the misses, most frequent first. */
    public Map<String, Long> confusions() {
      Map<String, Long> counts =
          misses().stream()
              .collect(Collectors.groupingBy(o -> o.expected() + " → " + o.got(), TreeMap::new, Collectors.counting()));
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The plain-text report printed by {@code eval}. */
    public String format() {
      StringBuilder out = new StringBuilder();
      out.append(String.format("%-14s %8s %8s %9s%n", "category", "right", "total", "accuracy"));
      accuracyByCategory()
          .forEach(
              (category, counts) ->
                  out.append(String.format("%-14s %8d %8d %8.1f%%%n", category.label(), (int) counts[0], (int) counts[1],
                      100 * counts[0] / counts[1])));
      long right = outcomes.stream().filter(Outcome::right).count();
      out.append(String.format("%-14s %8d %8d %8.1f%%%n", "all", right, outcomes.size(), 100.0 * right / outcomes.size()));
      out.append(String.format("%nwrong answers (answered with an entry not asked for): %d of %d (%.1f%%)%n",
          wrongAnswers().size(), outcomes.size(), 100 * wrongAnswerRate()));
      wrongAnswers().forEach(o -> out.append(String.format("  line %d: \"%s\" expected %s, answered %s%n",
          o.question().line(), o.question().question(), o.expected(), o.got())));
      out.append(String.format("urgent answered from the FAQ (not sent to staff): %d%n", urgentAnswered().size()));
      List<Outcome> misses = misses().stream().filter(o -> !o.wrongAnswer()).toList();
      out.append(String.format("%nother misses: %d%n", misses.size()));
      misses.forEach(o -> out.append(String.format("  line %d: \"%s\" expected %s, got %s%n",
          o.question().line(), o.question().question(), o.expected(), o.got())));
      out.append(String.format("%nconfusions (expected → got):%n"));
      confusions().forEach((pair, count) -> out.append(String.format("  %3d  %s%n", count, pair)));
      return out.toString();
    }
  }
}
