package com.clinicfaqbot.triage;

import java.util.ArrayList;
import java.util.List;

/** Exhaustive inputs for the differential tests: every text made of a few chosen pieces. */
final class PieceTexts {
  private PieceTexts() {}

  /** Every concatenation of 1 to {@code maxPieces} of {@code pieces}, shortest first. */
  static List<String> upTo(String[] pieces, int maxPieces) {
    List<String> texts = new ArrayList<>();
    List<String> shorter = List.of("");
    for (int length = 1; length <= maxPieces; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : shorter) {
        for (String piece : pieces) {
          longer.add(text + piece);
        }
      }
      texts.addAll(longer);
      shorter = longer;
    }
    return texts;
  }
}
