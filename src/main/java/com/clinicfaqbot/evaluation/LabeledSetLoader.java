package com.clinicfaqbot.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a labeled YAML list of {@code {q, expect, urgent}}; a malformed item is reported by line. */
public final class LabeledSetLoader {
  private static final Set<String> KEYS = Set.of("q", "expect", "urgent");

  public List<LabeledQuestion> load(Path file) throws IOException {
    Node root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      throw new IOException(file + ":" + (e.getProblemMark().getLine() + 1) + ": YAML syntax error: " + e.getProblem());
    }
    if (!(root instanceof SequenceNode list)) {
      throw new IOException(file + ":1: expected a YAML list of {q: …, expect: […], urgent: …}");
    }
    List<LabeledQuestion> questions = new ArrayList<>();
    for (Node item : list.getValue()) {
      questions.add(read(file, item));
    }
    return questions;
  }

  private static LabeledQuestion read(Path file, Node item) throws IOException {
    int line = item.getStartMark().getLine() + 1;
    if (!(item instanceof MappingNode mapping)) {
      throw new IOException(file + ":" + line + ": each item must be a mapping {q, expect, urgent}");
    }
    String question = null;
    List<String> expect = new ArrayList<>();
    boolean urgent = false;
    for (NodeTuple tuple : mapping.getValue()) {
      String key = ((ScalarNode) tuple.getKeyNode()).getValue();
      Node value = tuple.getValueNode();
      if (!KEYS.contains(key)) {
        throw new IOException(file + ":" + line + ": unknown key '" + key + "' (allowed: q, expect, urgent)");
      }
      switch (key) {
        case "q" -> question = ((ScalarNode) value).getValue();
        case "urgent" -> urgent = Boolean.parseBoolean(((ScalarNode) value).getValue());
        default -> {
          if (!(value instanceof SequenceNode ids)) {
            throw new IOException(file + ":" + line + ": 'expect' must be a list");
          }
          ids.getValue().forEach(id -> expect.add(((ScalarNode) id).getValue()));
        }
      }
    }
    if (question == null || expect.isEmpty()) {
      throw new IOException(file + ":" + line + ": each item needs 'q' and a non-empty 'expect'");
    }
    return new LabeledQuestion(question, expect, urgent, line);
  }
}
