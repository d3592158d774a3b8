package com.clinicfaqbot.console;

/**
 * Text from clients (and from Discord: names, errors) made safe to print on a staff terminal: a
 * control character would otherwise be obeyed, not shown (an escape sequence can recolour,
 * clear or retitle the terminal, a carriage return can overwrite what staff read, a bidi
 * override can reorder it). Each is shown instead, {@code ^[} for ESC, {@code <U+202E>} for the
 * rest. Line breaks stay; a Windows line break becomes a plain one.
 */
final class TerminalText {
  private TerminalText() {}

  static String safe(String text) {
    String lines = text.replace("\r\n", "\n");
    StringBuilder out = null;
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      if (c == '\n' || c == '\t' || !unsafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(lines.length() + 8).append(lines, 0, i);
      }
      if (c < 0x20) {
        out.append('^').append((char) (c + 64));
      } else if (c == 0x7F) {
        out.append("^?");
      } else {
        out.append(String.format("<U+%04X>", (int) c));
      }
    }
    return out == null ? lines : out.toString();
  }

  /** C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embeddings, overrides and isolates. */
  static boolean unsafe(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
