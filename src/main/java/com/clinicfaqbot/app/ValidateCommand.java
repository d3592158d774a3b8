package com.clinicfaqbot.app;

import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check an FAQ folder; prints every problem as file:line: message.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The FAQ folder (default: faq).")
  Path dir = Path.of("faq");

  @Override
  public Integer call() {
    try {
      FaqCatalog catalog = CoreEngine.index(dir).catalog();
      System.out.printf("%s: OK, %d entries, %d synonym rules%n", dir, catalog.size(), catalog.synonyms().size());
      return 0;
    } catch (FaqException e) {
      for (FaqProblem problem : e.problems()) {
        System.err.println(problem);
      }
      System.err.printf("%s: %d problem%s; the FAQ was not loaded%n", dir, e.problems().size(),
          e.problems().size() == 1 ? "" : "s");
      return 1;
    }
  }
}
