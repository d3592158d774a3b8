package com.clinicfaqbot.evaluation;

import com.clinicfaqbot.yaml.YamlReadException;
import com.clinicfaqbot.yaml.YamlText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a labeled YAML list of {@code {q, expect, urgent}}; the first malformed item stops it with
 * its line. Other keys in an item ({@code note:}, {@code source:} …) are the set's authors' own and
 * are ignored.
 */
public final class LabeledSetLoader {
  private static final String SHAPE = "{q: …, expect: […], urgent: …}";
  private static final Set<String> TRUE = Set.of("true", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "off");

  /** @throws LabeledSetException one line naming the file, the line and what is wrong */
  public List<LabeledQuestion> load(Path file) throws LabeledSetException {
    Optional<Node> composed;
    try {
      composed = YamlText.compose(file);
    } catch (YamlReadException e) {
      throw new LabeledSetException(e.line() > 0
          ? file + ":" + e.line() + ": " + e.getMessage()
          : file + ": cannot read the labeled set: " + e.getMessage());
    }
    Node root = composed.orElseThrow(
        () -> new LabeledSetException(file + ":1: the labeled set is empty (expected a YAML list of " + SHAPE + ")"));
    if (!(root instanceof SequenceNode list)) {
      throw new LabeledSetException(file + ":" + line(root) + ": expected a YAML list of " + SHAPE);
    }
    List<LabeledQuestion> questions = new ArrayList<>();
    for (Node item : list.getValue()) {
      questions.add(read(file, item));
    }
    return questions;
  }

  private static LabeledQuestion read(Path file, Node item) throws LabeledSetException {
    int line = line(item);
    if (!(item instanceof MappingNode mapping)) {
      throw new LabeledSetException(file + ":" + line + ": each item must be a mapping " + SHAPE);
    }
    List<YamlText.Repeat> repeats = YamlText.repeats(mapping);
    if (!repeats.isEmpty()) {
      YamlText.Repeat repeat = repeats.get(0);
      throw new LabeledSetException(file + ":" + repeat.line() + ": '" + repeat.key() + "' written twice (first at line "
          + repeat.firstLine() + ")");
    }
    String question = null;
    List<String> expect = new ArrayList<>();
    boolean urgent = false;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
      Node value = tuple.getValueNode();
      switch (key) {
        case "q" -> question = text(file, value, "'q' must be the question, as text");
        case "urgent" -> urgent = bool(file, value);
        case "expect" -> {
          if (!(value instanceof SequenceNode ids)) {
            throw new LabeledSetException(file + ":" + line(value)
                + ": 'expect' must be a list of FAQ ids or escalate, smalltalk, clarify");
          }
          for (Node id : ids.getValue()) {
            expect.add(text(file, id, "each 'expect' item must be an FAQ id or escalate, smalltalk, clarify"));
          }
        }
        default -> {
          // a note for the set's readers: not ours to judge
        }
      }
    }
    if (question == null || question.isBlank() || expect.isEmpty()) {
      throw new LabeledSetException(file + ":" + line + ": each item needs 'q' and a non-empty 'expect'");
    }
    return new LabeledQuestion(question, expect, urgent, line);
  }

  private static String text(Path file, Node node, String problem) throws LabeledSetException {
    if (node instanceof ScalarNode scalar && !Tag.NULL.equals(node.getTag())) {
      return scalar.getValue();
    }
    throw new LabeledSetException(file + ":" + line(node) + ": " + problem);
  }

  private static boolean bool(Path file, Node node) throws LabeledSetException {
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue().strip().toLowerCase(Locale.ROOT);
      if (TRUE.contains(value)) {
        return true;
      }
      if (FALSE.contains(value)) {
        return false;
      }
    }
    throw new LabeledSetException(file + ":" + line(node) + ": 'urgent' must be true or false");
  }

  private static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }
}
