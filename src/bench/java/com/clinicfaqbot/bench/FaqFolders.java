package com.clinicfaqbot.bench;

import com.clinicfaqbot.faq.FaqLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The FAQ folders benchmarks run on, by name: {@code real} is the clinic's {@code faq/} (the
 * benchmarks run from the repository root, or from wherever {@code -Dbench.faq} points), and a
 * number is a synthetic FAQ of that many entries written into a new temporary folder.
 */
final class FaqFolders {
  static final String REAL = "real";

  private FaqFolders() {}

  /** The clinic's own FAQ folder. */
  static Path real() {
    Path dir = Path.of(System.getProperty("bench.faq", "faq")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve(FaqLoader.SYNONYMS_FILE))) {
      throw new IllegalStateException(
          "no FAQ folder at " + dir + ": run the benchmarks from the repository root, or pass -Dbench.faq=<folder>");
    }
    return dir;
  }

  /** A folder for {@code name}; a synthetic one is new and is the caller's to {@link #delete}. */
  static Path create(String name) {
    if (REAL.equals(name)) {
      return real();
    }
    int entries = Integer.parseInt(name);
    try {
      Path dir = Files.createTempDirectory("clinic-faq-" + entries + "-");
      SyntheticFaq.write(dir, entries, real().resolve(FaqLoader.SYNONYMS_FILE));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary FAQ folder", e);
    }
  }

  /** Deletes a folder from {@link #create}, unless it is the real FAQ. */
  static void delete(Path dir) {
    if (dir.equals(real())) {
      return;
    }
    deleteTree(dir);
  }

  /** Deletes a temporary folder and everything in it. */
  static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
