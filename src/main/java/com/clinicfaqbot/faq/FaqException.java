package com.clinicfaqbot.faq;

import java.util.List;
import java.util.stream.Collectors;

/** The FAQ was rejected whole; {@link #problems()} lists every reason, in file and line order. */
public final class FaqException extends Exception {
  private final List<FaqProblem> problems;

  public FaqException(List<FaqProblem> problems) {
    super(problems.stream().sorted().map(FaqProblem::toString).collect(Collectors.joining("\n")));
    this.problems = problems.stream().sorted().toList();
  }

  public List<FaqProblem> problems() {
    return problems;
  }
}
