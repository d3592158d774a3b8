package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.desk.DurationText;
import com.clinicfaqbot.desk.OneLine;
import com.clinicfaqbot.escalation.DecisionOutcome;
import com.clinicfaqbot.escalation.review.EscalationReport;
import com.clinicfaqbot.escalation.review.QuestionGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An {@link EscalationReport} as plain-text tables, for the {@code report} command. */
public final class ReportText {
  /** The content-gap list shows this many groups, largest first; JSON has them all. */
  static final int GAPS_SHOWN = 20;

  private final DateTimeFormatter times;

  /** @param zone the clinic's time zone, for the period's ends */
  public ReportText(ZoneId zone) {
    this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT)
        .withZone(Objects.requireNonNull(zone, "zone"));
  }

  public String render(EscalationReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Report from ").append(times.format(report.from())).append(" to ")
        .append(times.format(report.to())).append("\n\n");

    text.append(counts("OUTCOME", "DECISIONS", report.byOutcome(), DecisionOutcome::code)).append('\n');
    text.append(counts("REASON", "ESCALATIONS", report.byReason(), EscalationReason::code)).append('\n');

    text.append("Content gaps: escalated questions grouped by similarity, most frequent first\n");
    List<QuestionGroup> gaps = report.contentGaps();
    if (gaps.isEmpty()) {
      text.append("  none\n");
    } else {
      TextTable table = TextTable.of(">COUNT", "REASONS", "QUESTION");
      for (QuestionGroup group : gaps.subList(0, Math.min(GAPS_SHOWN, gaps.size()))) {
        table.row(group.count(), reasons(group.reasons()), OneLine.cut(group.representative(), 80));
      }
      text.append(table.render());
      if (gaps.size() > GAPS_SHOWN) {
        text.append("  … and ").append(gaps.size() - GAPS_SHOWN).append(" more (see --json)\n");
      }
    }
    text.append('\n').append("Median time to a staff answer: ")
        .append(report.medianTimeToAnswer().map(DurationText::compact).orElse("no answers yet"))
        .append('\n');
    return text.toString();
  }

  /** One row per constant, in the enum's order, then the total. */
  private static <E extends Enum<E>> String counts(
      String name, String counted, Map<E, Integer> counts, Function<E, String> code) {
    TextTable table = TextTable.of(name, ">" + counted);
    counts.forEach((constant, count) -> table.row(code.apply(constant), count));
    table.row("total", counts.values().stream().mapToInt(Integer::intValue).sum());
    return table.render();
  }

  /** {@code "no-match 2, business 1"}: the reasons that occur, most frequent first. */
  private static String reasons(Map<EscalationReason, Integer> counts) {
    return counts.entrySet().stream()
        .filter(count -> count.getValue() > 0)
        .sorted(Map.Entry.<EscalationReason, Integer>comparingByValue().reversed())
        .map(count -> count.getKey().code() + " " + count.getValue())
        .collect(Collectors.joining(", "));
  }
}
