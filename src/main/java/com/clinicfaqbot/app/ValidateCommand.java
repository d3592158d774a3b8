package com.clinicfaqbot.app;

import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check an FAQ folder (and the config file, when given); prints every problem as file:line: message.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "The FAQ folder (the same as --faq DIR; default: the config's faq.dir, or faq).")
  Path dir;

  @Mixin ConfigOption config;

  @Mixin FaqOption faq;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (dir != null && faq.dir != null && !dir.equals(faq.dir)) {
      throw new ParameterException(spec.commandLine(), "Give the FAQ folder once: DIR or --faq DIR, not both");
    }
    AppConfig app = config.load();
    Path folder = dir != null ? dir : faq.dir(app);
    try {
      FaqCatalog catalog = CoreEngine.index(folder).catalog();
      System.out.printf("%s: OK, %d entries, %d synonym rules%n", folder, catalog.size(), catalog.synonyms().size());
      return 0;
    } catch (FaqException e) {
      for (FaqProblem problem : e.problems()) {
        System.err.println(problem);
      }
      System.err.printf("%s: %d problem%s; the FAQ was not loaded%n", folder, e.problems().size(),
          e.problems().size() == 1 ? "" : "s");
      return Failures.REFUSED;
    }
  }
}
