package com.clinicfaqbot.app;

import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.console.ConsoleJson;
import com.clinicfaqbot.console.ReportText;
import com.clinicfaqbot.escalation.review.EscalationReport;
import com.clinicfaqbot.escalation.review.EscalationReporter;
import com.clinicfaqbot.escalation.review.QuestionGrouper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Over the last N days: decisions by outcome, escalations by reason, the content"
        + " gaps (escalated questions grouped by similarity) and the median time to a staff answer.")
final class ReportCommand implements Callable<Integer> {
  /** Ten years: beyond that the period's start is not a date anyone means ("from +5877585-05-25"). */
  static final int MAX_DAYS = 3650;

  @Mixin ConfigOption config;

  @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "How many days back, 1 to 3650 (default: 7).")
  int days;

  @Option(names = "--json", description = "One JSON object instead of the tables.")
  boolean json;

  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > MAX_DAYS) {
      throw new ParameterException(spec.commandLine(), "--days must be from 1 to " + MAX_DAYS + ", got " + days);
    }
    AppConfig app = config.load();
    EscalationReport report;
    try (Stores stores = Stores.open(app.store(), clock)) {
      // The store keeps milliseconds; the period ends just after now, so this millisecond counts.
      Instant to = clock.instant().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);
      report =
          new EscalationReporter(stores.escalations(), stores.decisions(),
                  new QuestionGrouper(QuestionGrouper.DEFAULT_THRESHOLD))
              .report(to.minus(Duration.ofDays(days)), to);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (json) {
      ConsoleJson views = new ConsoleJson();
      out.println(views.line(views.report(report)));
    } else {
      out.print(new ReportText(app.clinic().openingHours().zone()).render(report));
    }
    return 0;
  }
}
