package com.clinicfaqbot.faq;

import com.clinicfaqbot.yaml.YamlReadException;
import com.clinicfaqbot.yaml.YamlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads an FAQ folder: every {@code *.yaml}/{@code *.yml} file directly in it (sub-folders such as
 * {@code drafts/} are not loaded) and the optional {@code synonyms.txt}.
 *
 * <p>YAML is only composed into nodes, never constructed into objects, so no tag can instantiate a
 * type, and every node keeps its line for error messages. Validation collects every problem before
 * failing: a bad FAQ is rejected whole and nothing is half-loaded.
 */
public final class FaqLoader {
  public static final String SYNONYMS_FILE = "synonyms.txt";

  static final Set<String> ENTRY_FIELDS =
      Set.of("id", "question", "alternates", "keywords", "answer", "related");
  static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Loads and validates {@code dir}; throws with every problem found. */
  public FaqCatalog load(Path dir) throws FaqException {
    List<FaqProblem> problems = new ArrayList<>();
    List<Path> files = yamlFiles(dir, problems);
    List<FaqEntry> entries = new ArrayList<>();
    List<IdAt> ids = new ArrayList<>();
    boolean everyFileRead = true;
    for (Path file : files) {
      everyFileRead &= new FaqFileReader(file, problems, ids).readEntries(entries);
    }
    checkDuplicates(ids, problems);
    checkRelated(entries, ids, everyFileRead, problems);
    if (problems.isEmpty() && entries.isEmpty()) {
      problems.add(new FaqProblem(dir.toString(), 0,
          "no FAQ entries: every 'entries:' list is empty (the bot would answer nothing)"));
    }
    List<SynonymRule> synonyms = readSynonyms(dir.resolve(SYNONYMS_FILE), problems);
    if (!problems.isEmpty()) {
      throw new FaqException(problems);
    }
    return new FaqCatalog(entries, synonyms);
  }

  private static List<Path> yamlFiles(Path dir, List<FaqProblem> problems) {
    if (!Files.isDirectory(dir)) {
      problems.add(new FaqProblem(dir.toString(), 0, "not a folder (expected the FAQ folder, e.g. faq/)"));
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      List<Path> files =
          listing
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        problems.add(new FaqProblem(dir.toString(), 0, "no .yaml files in the FAQ folder"));
      }
      return files;
    } catch (IOException e) {
      problems.add(new FaqProblem(dir.toString(), 0, "cannot list the folder: " + e.getMessage()));
      return List.of();
    }
  }

  /** An id where it was written, whether or not the rest of its entry was valid. */
  record IdAt(String id, String file, int line) {}

  private static void checkDuplicates(List<IdAt> ids, List<FaqProblem> problems) {
    Map<String, IdAt> first = new HashMap<>();
    for (IdAt id : ids) {
      IdAt earlier = first.putIfAbsent(id.id(), id);
      if (earlier != null) {
        problems.add(new FaqProblem(id.file(), id.line(),
            "duplicate id '" + id.id() + "' (first defined at " + earlier.file() + ":" + earlier.line() + ")"));
      }
    }
  }

  /**
   * Checked against every id written, so one broken entry does not cascade into many errors; and
   * only when every file could be read, since an unknown id may be in a file that could not.
   */
  private static void checkRelated(
      List<FaqEntry> entries, List<IdAt> ids, boolean everyFileRead, List<FaqProblem> problems) {
    Set<String> known = new HashSet<>();
    ids.forEach(id -> known.add(id.id()));
    for (FaqEntry entry : entries) {
      for (String related : entry.related()) {
        if (!known.contains(related)) {
          if (!everyFileRead) {
            continue;
          }
          problems.add(
              problem(entry.source(), "entry '" + entry.id() + "': related id '" + related + "' does not exist"));
        } else if (related.equals(entry.id())) {
          problems.add(problem(entry.source(), "entry '" + entry.id() + "' lists itself as related"));
        }
      }
    }
  }

  private static FaqProblem problem(String source, String message) {
    int colon = source.lastIndexOf(':');
    return new FaqProblem(source.substring(0, colon), Integer.parseInt(source.substring(colon + 1)), message);
  }

  private static List<SynonymRule> readSynonyms(Path file, List<FaqProblem> problems) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = YamlText.lines(file);
    } catch (YamlReadException e) {
      problems.add(new FaqProblem(file.toString(), e.line(), e.getMessage()));
      return List.of();
    }
    List<SynonymRule> rules = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String problem = SynonymSyntax.check(line);
      if (problem != null) {
        problems.add(new FaqProblem(file.toString(), i + 1, problem));
      } else {
        rules.add(new SynonymRule(line, i + 1));
      }
    }
    return rules;
  }
}
