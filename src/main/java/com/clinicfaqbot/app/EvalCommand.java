package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.evaluation.Calibrator;
import com.clinicfaqbot.evaluation.Evaluation;
import com.clinicfaqbot.triage.TextNormalizer;
import com.clinicfaqbot.evaluation.LabeledQuestion;
import com.clinicfaqbot.evaluation.LabeledSetException;
import com.clinicfaqbot.evaluation.LabeledSetLoader;
import com.clinicfaqbot.evaluation.Typos;
import com.clinicfaqbot.triage.EnglishWords;
import com.clinicfaqbot.search.EntryHit;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score the assistant on a labeled YAML list of {q, expect, urgent}: accuracy per category,"
        + " wrong answers, confusions.")
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The labeled questions.")
  Path file;

  @Mixin ConfigOption config;

  @Mixin FaqOption faq;

  @Option(names = "--calibrate", description = "Fit the confidence model to FILE and print its weights.")
  boolean calibrate;

  @Option(names = "--typos", paramLabel = "N",
      description = "Score N misspelled variants (1 to 100) of each urgent question instead: 1 to 3 words each,"
          + " the same every run.")
  int typos;

  @Spec CommandSpec spec;

  @Option(names = "--explain", description = "Show the top search hits (score, coverage) of every miss.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    if (typos < 0 || typos > 100) {
      throw new ParameterException(spec.commandLine(), "--typos must be from 1 to 100, got " + typos);
    }
    AppConfig settings = config.load();
    List<LabeledQuestion> questions;
    try {
      questions = new LabeledSetLoader().load(file);
    } catch (LabeledSetException e) {
      System.err.println(e.getMessage());
      return Failures.REFUSED;
    }
    if (typos > 0) {
      questions = new Typos(EnglishWords.load()::contains).urgentVariants(questions, typos);
    }
    CoreEngine engine = CoreEngine.load(faq.dir(settings), settings.thresholds(), ConfidenceModel.DEFAULT);
    if (calibrate) {
      System.out.println(new Calibrator().fit(engine.index(), engine.triage(), questions));
      return 0;
    }
    Evaluation.Result result = new Evaluation(engine.assistant()).run(questions);
    System.out.print(result.format());
    if (explain) {
      for (Evaluation.Outcome miss : result.misses()) {
        System.out.printf("%n\"%s\" expected %s, got %s%n", miss.question().question(), miss.expected(), miss.got());
        List<EntryHit> hits = engine.index().search(TextNormalizer.normalize(miss.question().question()), Assistant.HITS_CONSIDERED);
        for (int i = 0; i < hits.size(); i++) {
          EntryHit hit = hits.get(i);
          System.out.printf("  %-22s confidence %.2f  score %5.2f  coverage %.2f  closeness %.2f  posterior %.2f%n",
              hit.entry().id(), ConfidenceModel.DEFAULT.confidence(hits, i), hit.score(), hit.coverage(),
              hit.closeness(), hit.posterior());
        }
      }
    }
    return 0;
  }
}
