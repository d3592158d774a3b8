package com.clinicfaqbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of a run as one Markdown table: benchmark, metric, value, and the target if any. */
final class ResultTable {
  /** One figure; {@code limit} is an upper bound it should stay within, or {@code NaN} for none. */
  record Row(String benchmark, String metric, double value, double limit) {
    String target() {
      if (Double.isNaN(limit)) {
        return "";
      }
      return "≤ " + format(limit) + (value <= limit ? " met" : " MISSED");
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String benchmark, String metric, double value) {
    add(benchmark, metric, value, Double.NaN);
  }

  void add(String benchmark, String metric, double value, double limit) {
    rows.add(new Row(benchmark, metric, value, limit));
  }

  /** A line under the table, e.g. a ratio between two rows. */
  void note(String line) {
    notes.add(line);
  }

  /** The value of the first row with this benchmark and metric, or {@code NaN}. */
  double value(String benchmark, String metric) {
    return rows.stream()
        .filter(r -> r.benchmark().equals(benchmark) && r.metric().equals(metric))
        .mapToDouble(Row::value)
        .findFirst()
        .orElse(Double.NaN);
  }

  String markdown() {
    int[] widths = {"benchmark".length(), "metric".length(), "value".length(), "target".length()};
    for (Row row : rows) {
      widths[0] = Math.max(widths[0], row.benchmark().length());
      widths[1] = Math.max(widths[1], row.metric().length());
      widths[2] = Math.max(widths[2], format(row.value()).length());
      widths[3] = Math.max(widths[3], row.target().length());
    }
    StringBuilder out = new StringBuilder();
    line(out, widths, "benchmark", "metric", "value", "target");
    line(out, widths, "-".repeat(widths[0]), "-".repeat(widths[1]), "-".repeat(widths[2] - 1) + ":", "-".repeat(widths[3]));
    for (Row row : rows) {
      line(out, widths, row.benchmark(), row.metric(), format(row.value()), row.target());
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, int[] widths, String... cells) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      String padded = i == 2 ? " ".repeat(Math.max(0, widths[i] - cell.length())) + cell
          : cell + " ".repeat(Math.max(0, widths[i] - cell.length()));
      out.append(' ').append(padded).append(" |");
    }
    out.append('\n');
  }

  /** Three significant digits below 100, whole numbers with thousands separators above. */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
