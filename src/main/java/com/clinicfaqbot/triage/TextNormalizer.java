package com.clinicfaqbot.triage;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts client text in the one form the rules are written for: NFKC (so full-width and styled
 * letters read as plain ones), lowercase, straight apostrophes, single spaces.
 *
 * <p>Every Unicode space and line break becomes one space, not just ASCII ones: rules that need
 * two things anywhere in a message read up to a line break only, so a U+2028 line separator left
 * in place would hide "it still hurts" after it. One pass over the text, as every message goes
 * through here before anything else.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean spaceBefore = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (isWhiteSpace(c)) {
        spaceBefore = true;
        continue;
      }
      if (spaceBefore && !out.isEmpty()) {
        out.append(' ');
      }
      spaceBefore = false;
      out.append(isApostrophe(c) ? '\'' : c);
    }
    return out.toString().strip();
  }

  /** Unicode's White_Space property: what {@code \s} matches with {@code UNICODE_CHARACTER_CLASS}. */
  static boolean isWhiteSpace(char c) {
    int separators =
        (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR) | (1 << Character.PARAGRAPH_SEPARATOR);
    return ((separators >> Character.getType(c)) & 1) != 0 || (c >= 0x9 && c <= 0xd) || c == 0x85;
  }

  /** Curly quotes, the modifier letter and the accents people type for an apostrophe. */
  private static boolean isApostrophe(char c) {
    return c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '\u0060' || c == '\u00B4';
  }
}
