package com.clinicfaqbot.triage;

/** Which letters a thumb on a phone's QWERTY keyboard, or an ear, takes for one another. */
final class Keyboard {
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final String[] SOUND_ALIKES = {"sz", "ck", "ks", "ie", "ea", "ou", "ph"};

  private Keyboard() {}

  /** Whether {@code a} and {@code b} are neighbouring keys, or letters that sound alike. */
  static boolean near(char a, char b) {
    for (String pair : SOUND_ALIKES) {
      if (pair.indexOf(a) >= 0 && pair.indexOf(b) >= 0 && a != b) {
        return true;
      }
    }
    int[] pa = position(a);
    int[] pb = position(b);
    if (pa == null || pb == null) {
      return false;
    }
    // Rows are offset by about half a key, so a key touches two keys in each row next to it.
    int rowGap = Math.abs(pa[0] - pb[0]);
    int columnGap = pb[1] - pa[1];
    if (rowGap == 0) {
      return Math.abs(columnGap) == 1;
    }
    if (rowGap == 1) {
      int upperColumn = pa[0] < pb[0] ? pa[1] : pb[1];
      int lowerColumn = pa[0] < pb[0] ? pb[1] : pa[1];
      return lowerColumn == upperColumn || lowerColumn == upperColumn - 1;
    }
    return false;
  }

  /** Row and column of a key, for the letters a to z. */
  static int[] position(char c) {
    for (int row = 0; row < ROWS.length; row++) {
      int column = ROWS[row].indexOf(c);
      if (column >= 0) {
        return new int[] {row, column};
      }
    }
    return null;
  }
}
