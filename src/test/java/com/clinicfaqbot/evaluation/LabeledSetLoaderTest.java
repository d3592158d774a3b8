package com.clinicfaqbot.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The labeled set loader")
final class LabeledSetLoaderTest {
  @TempDir Path dir;

  @Test
  @DisplayName("ignores keys of its authors' own, such as note: and source:")
  void toleratesExtraKeys() throws Exception {
    Path file = Files.writeString(dir.resolve("set.yaml"), """
        - q: does it hurt
          expect: [pain]
          note: asked twice at the front desk
          source: {who: dana, when: 2026-11-02}
        - {q: my cheek is swollen, expect: [escalate], urgent: yes, tags: [after-care]}
        """);

    List<LabeledQuestion> questions = new LabeledSetLoader().load(file);

    assertEquals(List.of(new LabeledQuestion("does it hurt", List.of("pain"), false, 1),
        new LabeledQuestion("my cheek is swollen", List.of("escalate"), true, 5)), questions);
  }

  @Test
  @DisplayName("refuses a key written twice in one item, naming both lines")
  void repeatedKey() throws Exception {
    Path file = Files.writeString(dir.resolve("set.yaml"), "- q: does it hurt\n  expect: [pain]\n  q: will it hurt\n");

    LabeledSetException e = assertThrows(LabeledSetException.class, () -> new LabeledSetLoader().load(file));

    assertEquals(file + ":3: 'q' written twice (first at line 1)", e.getMessage());
  }

  @Test
  @DisplayName("refuses an item without a question or without what to expect")
  void incompleteItem() throws Exception {
    Path file = Files.writeString(dir.resolve("set.yaml"), "- q: does it hurt\n  expect: [pain]\n- q: hi\n  note: x\n");

    LabeledSetException e = assertThrows(LabeledSetException.class, () -> new LabeledSetLoader().load(file));

    assertEquals(file + ":3: each item needs 'q' and a non-empty 'expect'", e.getMessage());
  }
}
