package com.clinicfaqbot.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Misspells a message the way a thumb on a phone does, deterministically: one to three of its
 * words each get one slip (a letter dropped, doubled, swapped with its neighbour, or replaced or
 * joined by a neighbouring key). The same text and variant number always give the same typos,
 * so a failure can be reproduced from its message alone.
 *
 * <p>Only real words ({@code isWord}) of {@link #MIN_LENGTH} letters or more are misspelled (a
 * word the client already misspelled keeps its one slip), and never into another real word: "sore" typed as "sure" is a different message, which no reader
 * could take back, so it says nothing about how the bot copes with typos.
 */
public final class Typos {
  public static final int MIN_LENGTH = 4;
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final int MAX_TRIES = 20;

  private final Predicate<String> isWord;

  public Typos(Predicate<String> isWord) {
    this.isWord = isWord;
  }

  /** {@code perQuestion} misspelled variants of each urgent question of {@code questions}, labeled as it is. */
  public List<LabeledQuestion> urgentVariants(List<LabeledQuestion> questions, int perQuestion) {
    List<LabeledQuestion> variants = new ArrayList<>();
    for (LabeledQuestion question : questions) {
      if (question.category() == LabeledQuestion.Category.URGENT) {
        for (int n = 0; n < perQuestion; n++) {
          variants.add(new LabeledQuestion(variant(question.question(), n), question.expect(), true, question.line()));
        }
      }
    }
    return variants;
  }

  /** Variant {@code n} of {@code text}: one to three of its words misspelled (fewer if it has fewer). */
  public String variant(String text, int n) {
    Random random = new Random(text.hashCode() * 31L + n);
    List<int[]> words = words(text).stream()
        .filter(w -> isWord.test(text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT)))
        .toList();
    if (words.isEmpty()) {
      return text;
    }
    int slips = Math.min(words.size(), 1 + random.nextInt(3));
    List<int[]> chosen = new ArrayList<>(words);
    java.util.Collections.shuffle(chosen, random);
    chosen = new ArrayList<>(chosen.subList(0, slips));
    chosen.sort((a, b) -> Integer.compare(b[0], a[0])); // right to left, so offsets stay valid
    StringBuilder out = new StringBuilder(text);
    for (int[] word : chosen) {
      String original = text.substring(word[0], word[1]);
      out.replace(word[0], word[1], misspell(original, random));
    }
    return out.toString();
  }

  /** {@code word} with one slip that makes no real word, or as typed if none is found. */
  String misspell(String word, Random random) {
    for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
      String slipped = slip(word, random);
      if (!slipped.equals(word) && !isWord.test(slipped.toLowerCase(java.util.Locale.ROOT))) {
        return slipped;
      }
    }
    return word;
  }

  private static String slip(String word, Random random) {
    int i = random.nextInt(word.length());
    char c = word.charAt(i);
    StringBuilder out = new StringBuilder(word);
    switch (random.nextInt(5)) {
      case 0 -> out.deleteCharAt(i);
      case 1 -> out.insert(i, c);
      case 2 -> {
        int j = i + 1 < word.length() ? i + 1 : i - 1;
        out.setCharAt(i, word.charAt(j));
        out.setCharAt(j, c);
      }
      case 3 -> out.setCharAt(i, neighbour(c, random));
      default -> out.insert(i + 1, neighbour(c, random));
    }
    return out.toString();
  }

  /** A key next to {@code c} in its row (a thumb slides sideways far more than up or down). */
  private static char neighbour(char c, Random random) {
    char lower = Character.toLowerCase(c);
    for (String row : ROWS) {
      int at = row.indexOf(lower);
      if (at >= 0) {
        int next = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
        return row.charAt(next);
      }
    }
    return c;
  }

  /** Start and end of every word of at least {@link #MIN_LENGTH} plain letters. */
  private static List<int[]> words(String text) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!isPlainLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isPlainLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= MIN_LENGTH) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  private static boolean isPlainLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
