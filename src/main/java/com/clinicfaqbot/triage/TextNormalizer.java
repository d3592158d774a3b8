package com.clinicfaqbot.triage;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Puts client text in the one form the rules are written for: NFKC (so full-width and styled
 * letters read as plain ones), lowercase, straight apostrophes, single spaces.
 *
 * <p>Every Unicode space and line break becomes one space, not just ASCII ones: rules that need
 * two things anywhere in a message read up to a line break only, so a U+2028 line separator left
 * in place would hide "it still hurts" after it.
 */
public final class TextNormalizer {
  private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC\\u0060\\u00B4]");
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private TextNormalizer() {}

  public static String normalize(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    return SPACES.matcher(APOSTROPHES.matcher(nfkc).replaceAll("'")).replaceAll(" ").strip();
  }
}
