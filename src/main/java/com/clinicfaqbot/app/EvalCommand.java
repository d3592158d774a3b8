package com.clinicfaqbot.app;

import com.clinicfaqbot.evaluation.Evaluation;
import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import com.clinicfaqbot.faq.FaqException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    description = "Score the assistant on a labeled YAML list of {q, expect, urgent}: accuracy per category,"
        + " wrong answers, confusions.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The labeled questions.")
  Path file;

  @Option(names = "--faq", paramLabel = "DIR", description = "The FAQ folder (default: faq).")
  Path faqDir = Path.of("faq");

  @Override
  public Integer call() throws Exception {
    CoreEngine engine;
    try {
      engine = CoreEngine.load(faqDir);
    } catch (FaqException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    List<LabeledQuestion> questions = new LabeledSetLoader().load(file);
    Evaluation.Result result = new Evaluation(engine.assistant()).run(questions);
    System.out.print(result.format());
    return 0;
  }
}
