package com.clinicfaqbot.faq;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Loads and validates {@code dir}; throws with every problem found. */
  public FaqCatalog load(Path dir) throws FaqException {
    List<FaqProblem> problems = new ArrayList<>();
    List<Path> files = yamlFiles(dir, problems);
    List<FaqEntry> entries = new ArrayList<>();
    List<IdAt> ids = new ArrayList<>();
    for (Path file : files) {
      new FileReader(file, problems, ids).readEntries(entries);
    }
    checkDuplicates(ids, problems);
    checkRelated(entries, ids, problems);
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
  private record IdAt(String id, String file, int line) {}

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

  /** Checked against every id written, so one broken entry does not cascade into many errors. */
  private static void checkRelated(List<FaqEntry> entries, List<IdAt> ids, List<FaqProblem> problems) {
    Set<String> known = new java.util.HashSet<>();
    ids.forEach(id -> known.add(id.id()));
    for (FaqEntry entry : entries) {
      for (String related : entry.related()) {
        if (!known.contains(related)) {
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
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new FaqProblem(file.toString(), 0, "cannot read: " + describe(e)));
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

  private static String describe(IOException e) {
    return e instanceof CharacterCodingException ? "not valid UTF-8" : e.getMessage();
  }

  /** Reads one file's entries, adding problems rather than stopping at the first. */
  private static final class FileReader {
    private final Path file;
    private final String name;
    private final List<FaqProblem> problems;
    private final List<IdAt> ids;

    FileReader(Path file, List<FaqProblem> problems, List<IdAt> ids) {
      this.file = file;
      this.name = file.toString();
      this.problems = problems;
      this.ids = ids;
    }

    void readEntries(List<FaqEntry> into) {
      Node root = compose();
      if (root == null) {
        return;
      }
      if (!(root instanceof MappingNode mapping)) {
        add(root, "the file must be a mapping with an 'entries:' list");
        return;
      }
      Node entriesNode = null;
      for (NodeTuple tuple : mapping.getValue()) {
        if ("entries".equals(scalarKey(tuple))) {
          entriesNode = tuple.getValueNode();
        }
      }
      if (entriesNode == null) {
        add(root, "missing 'entries:' (a list of FAQ entries)");
        return;
      }
      if (!(entriesNode instanceof SequenceNode list)) {
        add(entriesNode, "'entries' must be a list of entries, got " + kind(entriesNode));
        return;
      }
      for (Node item : list.getValue()) {
        readEntry(item, into);
      }
    }

    private Node compose() {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root = new Yaml(new SafeConstructor(options)).compose(reader);
        if (root == null) {
          problems.add(new FaqProblem(name, 1, "the file is empty (expected 'entries:')"));
        }
        return root;
      } catch (MarkedYAMLException e) {
        int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
        problems.add(new FaqProblem(name, line, "YAML syntax error: " + firstLine(e.getProblem())));
      } catch (YAMLException e) {
        problems.add(new FaqProblem(name, 1, "YAML error: " + firstLine(e.getMessage())));
      } catch (IOException e) {
        problems.add(new FaqProblem(name, 0, "cannot read: " + describe(e)));
      }
      return null;
    }

    private void readEntry(Node item, List<FaqEntry> into) {
      if (!(item instanceof MappingNode mapping)) {
        add(item, "an entry must be a mapping with id, question and answer, got " + kind(item));
        return;
      }
      Map<String, Node> fields = new HashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = scalarKey(tuple);
        if (key == null) {
          add(tuple.getKeyNode(), "field names must be plain text");
        } else if (!ENTRY_FIELDS.contains(key)) {
          add(tuple.getKeyNode(), "unknown field '" + key + "'" + suggestion(key));
        } else {
          fields.put(key, tuple.getValueNode());
        }
      }
      String label = "entry";
      String id = requiredText(mapping, fields, "id", label);
      if (id != null) {
        ids.add(new IdAt(id, name, line(mapping)));
        label = "entry '" + id + "'";
        if (!KEBAB_CASE.matcher(id).matches()) {
          add(fields.get("id"), label + ": id must be kebab-case (lowercase words joined by '-')");
        }
      }
      String question = requiredText(mapping, fields, "question", label);
      String answer = requiredText(mapping, fields, "answer", label);
      List<String> alternates = textList(fields.get("alternates"), "alternates", label);
      List<String> keywords = textList(fields.get("keywords"), "keywords", label);
      List<String> related = textList(fields.get("related"), "related", label);
      if (id != null && question != null && answer != null && alternates != null && keywords != null
          && related != null) {
        String source = name + ":" + line(mapping);
        into.add(new FaqEntry(id, question, alternates, keywords, answer, related, source));
      }
    }

    private String requiredText(MappingNode entry, Map<String, Node> fields, String field, String label) {
      Node node = fields.get(field);
      if (node == null) {
        add(entry, label + ": missing '" + field + "'");
        return null;
      }
      String text = text(node, field, label);
      if (text != null && text.isBlank()) {
        add(node, label + ": '" + field + "' is empty");
        return null;
      }
      return text == null ? null : text.strip();
    }

    /** A list of non-empty texts, or {@code null} after reporting a problem. Absent means empty. */
    private List<String> textList(Node node, String field, String label) {
      if (node == null || isNull(node)) {
        return List.of();
      }
      if (!(node instanceof SequenceNode sequence)) {
        add(node, label + ": '" + field + "' must be a list, got " + kind(node));
        return null;
      }
      List<String> values = new ArrayList<>();
      boolean ok = true;
      for (Node item : sequence.getValue()) {
        String text = text(item, field, label);
        if (text == null) {
          ok = false;
        } else if (text.isBlank()) {
          add(item, label + ": '" + field + "' has an empty item");
          ok = false;
        } else {
          values.add(text.strip());
        }
      }
      return ok ? values : null;
    }

    private String text(Node node, String field, String label) {
      if (node instanceof ScalarNode scalar && !isNull(node)) {
        return scalar.getValue();
      }
      if (isNull(node)) {
        add(node, label + ": '" + field + "' is empty");
      } else {
        add(node, label + ": '" + field + "' must be text, got " + kind(node));
      }
      return null;
    }

    private void add(Node node, String message) {
      problems.add(new FaqProblem(name, line(node), message));
    }
  }

  private static String scalarKey(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
  }

  private static boolean isNull(Node node) {
    return Tag.NULL.equals(node.getTag());
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return isNull(node) ? "nothing" : "'" + ((ScalarNode) node).getValue() + "'";
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("");
  }

  /** "did you mean 'answer'?" for a near-miss such as {@code anwser}. */
  static String suggestion(String key) {
    String best = null;
    int bestDistance = 3;
    for (String field : ENTRY_FIELDS) {
      int distance = EditDistance.between(key.toLowerCase(), field.toLowerCase());
      if (distance < bestDistance) {
        best = field;
        bestDistance = distance;
      }
    }
    return best == null
        ? " (allowed: id, question, alternates, keywords, answer, related)"
        : " (did you mean '" + best + "'?)";
  }
}
