package com.clinicfaqbot.bench;

import com.clinicfaqbot.faq.FaqLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic FAQ folder of any size, the same for the same size on every run
 * ({@code new Random(42)}): YAML files of up to {@value #ENTRIES_PER_FILE} entries, each with an
 * id, a question, five alternates, keywords, a three-sentence answer and related ids, plus a copy
 * of the real {@code synonyms.txt}. Entries combine the clinic's everyday vocabulary (concerns,
 * body areas, skin types) with a made-up product or technique name per entry, so the vocabulary
 * grows with the size as a real, bigger FAQ's would, and the benchmark questions still match many
 * entries.
 */
final class SyntheticFaq {
  static final long SEED = 42;
  static final int ENTRIES_PER_FILE = 250;

  private static final String[] CONCERNS = {
    "acne scars", "fine lines", "wrinkles", "large pores", "pigmentation", "dark spots", "redness",
    "stretch marks", "sun damage", "dull skin", "uneven texture", "sagging skin", "melasma",
    "crepey skin", "surgical scars", "chickenpox scars", "rosacea", "dryness", "oily skin",
    "blackheads", "hair thinning", "cellulite", "dark circles", "age spots", "rough patches",
  };
  private static final String[] AREAS = {
    "face", "cheeks", "forehead", "neck", "chest", "hands", "upper lip", "jawline", "scalp",
    "stomach", "thighs", "arms", "back", "under eyes", "nose", "chin", "temples", "knees",
  };
  private static final String[] SKIN_TYPES = {
    "sensitive", "oily", "dry", "combination", "mature", "acne-prone", "darker", "fair", "normal",
  };
  private static final String[] KINDS = {
    "serum", "pen", "roller", "peel", "mask", "cream", "booster", "technique", "protocol", "gel",
  };
  private static final String[] TIMES = {
    "the same day", "the next morning", "two days", "three days", "a week", "two weeks",
    "a month", "six weeks",
  };
  private static final String[] ACTIONS = {
    "wear makeup", "go to the gym", "swim", "use retinol", "exfoliate", "go in the sun",
    "wash my face", "use vitamin c", "shave", "travel", "drink alcohol", "use a sunbed",
  };
  private static final String[] SYLLABLES = {
    "lu", "mi", "ra", "der", "ma", "vel", "ci", "no", "sa", "ther", "co", "la", "gen", "ix", "ora",
    "pel", "tri", "zen", "qua", "bel", "ro", "fi", "ka", "dia", "sol", "vi", "nu", "tem", "ae", "lis",
  };

  private final Random random = new Random(SEED);
  private final List<String> ids = new ArrayList<>();

  private SyntheticFaq() {}

  /**
   * Writes {@code entries} entries into {@code dir} (created if needed), with {@code synonyms}
   * copied in as {@code synonyms.txt}.
   */
  static void write(Path dir, int entries, Path synonyms) {
    try {
      Files.createDirectories(dir);
      Files.copy(synonyms, dir.resolve(FaqLoader.SYNONYMS_FILE));
      new SyntheticFaq().writeFiles(dir, entries);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the synthetic FAQ into " + dir + " failed", e);
    }
  }

  private void writeFiles(Path dir, int entries) throws IOException {
    for (int first = 0; first < entries; first += ENTRIES_PER_FILE) {
      Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%03d.yaml", first / ENTRIES_PER_FILE));
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write("# Synthetic FAQ for benchmarks, generated with seed " + SEED + ".\n");
        out.write("clinic: Synthetic Clinic\nlocale: en-CA\nentries:\n");
        for (int i = first; i < Math.min(entries, first + ENTRIES_PER_FILE); i++) {
          writeEntry(out, i);
        }
      }
    }
  }

  private void writeEntry(Writer out, int ordinal) throws IOException {
    String concern = pick(CONCERNS);
    String area = pick(AREAS);
    String skin = pick(SKIN_TYPES);
    String kind = pick(KINDS);
    String name = coinedWord();
    String product = name + " " + kind;
    String time = pick(TIMES);
    String action = pick(ACTIONS);
    String id = (name + "-" + kind + "-" + concern + "-" + ordinal).replace(' ', '-');

    List<String> questions = new ArrayList<>(List.of(
        "Can microneedling with " + product + " help " + concern + " on the " + area + "?",
        "How long after a " + product + " session on the " + area + " can I " + action + "?",
        "Is the " + product + " safe for " + skin + " skin?",
        "What does the " + product + " do for " + concern + "?",
        "How many " + product + " sessions do I need for " + concern + "?"));
    String question = questions.remove(random.nextInt(questions.size()));
    List<String> alternates = new ArrayList<>(questions.subList(0, 3));
    alternates.add("does " + name + " work on my " + area + " lol");
    alternates.add(typo(concern) + " on " + area + " with " + name + "?? 🤔");

    List<String> keywords = List.of(name, kind, concern, area, skin, action);
    String answer =
        "The " + product + " is a microneedling " + kind + " we use for " + concern + " on the "
            + area + ", and it suits most " + skin + " skin. "
            + "Most clients need " + (2 + random.nextInt(5)) + " sessions about " + time
            + " apart, and results build over the following months as collagen grows. "
            + "Wait at least " + time + " before you " + action
            + ", and ask us at your consultation if you have any concerns.";
    List<String> related = new ArrayList<>();
    for (int r = 0; r < 2 && !ids.isEmpty(); r++) {
      String other = ids.get(random.nextInt(ids.size()));
      if (!related.contains(other)) {
        related.add(other);
      }
    }
    ids.add(id);

    out.write("  - id: " + id + "\n");
    out.write("    question: " + quoted(question) + "\n");
    out.write("    alternates:\n");
    for (String alternate : alternates) {
      out.write("      - " + quoted(alternate) + "\n");
    }
    out.write("    keywords: [" + String.join(", ", keywords.stream().map(SyntheticFaq::quoted).toList()) + "]\n");
    out.write("    answer: " + quoted(answer) + "\n");
    out.write("    related: [" + String.join(", ", related) + "]\n\n");
  }

  /** A made-up product or technique name, two to four syllables: the growing part of the vocabulary. */
  private String coinedWord() {
    StringBuilder word = new StringBuilder();
    int syllables = 2 + random.nextInt(3);
    for (int i = 0; i < syllables; i++) {
      word.append(pick(SYLLABLES));
    }
    return word.toString();
  }

  /** The text with two neighbouring letters swapped, as clients type. */
  private String typo(String text) {
    int at = random.nextInt(text.length() - 1);
    if (!Character.isLetter(text.charAt(at)) || !Character.isLetter(text.charAt(at + 1))) {
      return text;
    }
    return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
