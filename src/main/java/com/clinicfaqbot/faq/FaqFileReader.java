package com.clinicfaqbot.faq;

import com.clinicfaqbot.yaml.YamlReadException;
import com.clinicfaqbot.yaml.YamlText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one FAQ file's entries from its YAML nodes, adding a located problem for each mistake
 * rather than stopping at the first. Ids are collected even from broken entries, so duplicates
 * and related ids are checked against what the admin wrote.
 */
final class FaqFileReader {
  private static final Set<String> ENTRY_FIELDS = FaqLoader.ENTRY_FIELDS;

  private final Path file;
  private final String name;
  private final List<FaqProblem> problems;
  private final List<FaqLoader.IdAt> ids;

  FaqFileReader(Path file, List<FaqProblem> problems, List<FaqLoader.IdAt> ids) {
    this.file = file;
    this.name = file.toString();
    this.problems = problems;
    this.ids = ids;
  }

  /**
   * Reads the file's entries into {@code into}, adding a problem for each mistake.
   *
   * @return false when the file could not be read as an FAQ file at all (not UTF-8, a YAML syntax
   *     error, no {@code entries:} list): its ids are unknown, so checks that look across files
   *     (related ids) would report ids that may well be in it
   */
  boolean readEntries(List<FaqEntry> into) {
    Node root = compose();
    if (root == null) {
      return false;
    }
    if (!(root instanceof MappingNode mapping)) {
      add(root, "the file must be a mapping with an 'entries:' list");
      return false;
    }
    for (YamlText.Repeat repeat : YamlText.repeats(mapping)) {
      problems.add(new FaqProblem(name, repeat.line(),
          "duplicate key '" + repeat.key() + "' (first at line " + repeat.firstLine() + ")"));
    }
    // Every 'entries:' list is read, a repeated one too, so its ids count for the related check.
    List<Node> lists = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if ("entries".equals(scalarKey(tuple))) {
        lists.add(tuple.getValueNode());
      }
    }
    if (lists.isEmpty()) {
      add(root, "missing 'entries:' (a list of FAQ entries)");
      return false;
    }
    boolean complete = true;
    for (Node entriesNode : lists) {
      if (!(entriesNode instanceof SequenceNode list)) {
        add(entriesNode, "'entries' must be a list of entries, got " + kind(entriesNode));
        complete = false;
        continue;
      }
      for (Node item : list.getValue()) {
        readEntry(item, into);
      }
    }
    return complete;
  }

  private Node compose() {
    try {
      Optional<Node> root = YamlText.compose(file);
      if (root.isEmpty()) {
        problems.add(new FaqProblem(name, 1, "the file is empty (expected 'entries:')"));
      }
      return root.orElse(null);
    } catch (YamlReadException e) {
      problems.add(new FaqProblem(name, e.line(), e.getMessage()));
      return null;
    }
  }

  private void readEntry(Node item, List<FaqEntry> into) {
    if (!(item instanceof MappingNode mapping)) {
      add(item, "an entry must be a mapping with id, question and answer, got " + kind(item));
      return;
    }
    Map<String, Node> fields = new HashMap<>();
    for (YamlText.Repeat repeat : YamlText.repeats(mapping)) {
      problems.add(new FaqProblem(name, repeat.line(), entryLabel(mapping) + ": duplicate field '" + repeat.key()
          + "' (first at line " + repeat.firstLine() + ")"));
    }
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
      ids.add(new FaqLoader.IdAt(id, name, line(mapping)));
      label = "entry '" + id + "'";
      if (!FaqLoader.KEBAB_CASE.matcher(id).matches()) {
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

  /** "entry 'pain'" when the entry has a plain id, else "entry". */
  private static String entryLabel(MappingNode entry) {
    for (NodeTuple tuple : entry.getValue()) {
      if ("id".equals(scalarKey(tuple)) && tuple.getValueNode() instanceof ScalarNode id && !id.getValue().isBlank()) {
        return "entry '" + id.getValue().strip() + "'";
      }
    }
    return "entry";
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
