package com.clinicfaqbot.console;

import com.clinicfaqbot.desk.OneLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with a header row, columns padded to their widest cell; control characters
 * in cells are shown, not obeyed ({@link TerminalText}).
 */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  private TextTable(String[] header, boolean[] rightAligned) {
    this.rightAligned = rightAligned;
    rows.add(header);
  }

  /** Columns by header; a header starting with {@code >} is right-aligned (for numbers). */
  static TextTable of(String... headers) {
    String[] names = new String[headers.length];
    boolean[] right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      names[i] = right[i] ? headers[i].substring(1) : headers[i];
    }
    return new TextTable(names, right);
  }

  TextTable row(Object... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException(
          "a row needs " + rightAligned.length + " cells, got " + cells.length);
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      row[i] = TerminalText.safe(OneLine.of(String.valueOf(cells[i])));
    }
    rows.add(row);
    return this;
  }

  /** The table, each line ending in a line break; the last column is not padded. */
  String render() {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean last = i == row.length - 1;
        String cell = row[i];
        String padding = " ".repeat(widths[i] - cell.length());
        line.append(rightAligned[i] ? padding + cell : last ? cell : cell + padding);
        if (!last) {
          line.append("  ");
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
