package com.clinicfaqbot.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The FAQ loader")
final class FaqLoaderTest {
  @TempDir Path dir;

  private static final String GOOD =
      """
      entries:
        - id: pain
          question: Does it hurt?
          alternates: [will it hurt]
          keywords: [hurt]
          answer: A little.
          related: [downtime]
        - id: downtime
          question: How long will I be red?
          answer: About two days.
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<FaqProblem> problems() {
    return assertThrows(FaqException.class, () -> new FaqLoader().load(dir)).problems();
  }

  private FaqProblem onlyProblem() {
    List<FaqProblem> problems = problems();
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  private void assertProblem(FaqProblem problem, String file, int line, String message) {
    assertEquals(dir.resolve(file).toString(), problem.file(), problem::toString);
    assertEquals(line, problem.line(), problem::toString);
    assertTrue(problem.message().contains(message), () -> "expected '" + message + "' in: " + problem);
  }

  @Test
  @DisplayName("loads a valid folder: every field, file order, related ids")
  void loadsValidFolder() throws Exception {
    write("a.yaml", "clinic: Test\nlocale: en\n" + GOOD);
    FaqCatalog catalog = new FaqLoader().load(dir);
    assertEquals(List.of("pain", "downtime"), catalog.entries().stream().map(FaqEntry::id).toList());
    FaqEntry pain = catalog.find("pain").orElseThrow();
    assertEquals(List.of("will it hurt"), pain.alternates());
    assertEquals(List.of("downtime"), pain.related());
    assertEquals(dir.resolve("a.yaml") + ":4", pain.source());
  }

  @Test
  @DisplayName("a YAML syntax error is reported with its file and line")
  void syntaxError() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: [unclosed\n    answer: x\n");
    FaqProblem problem = onlyProblem();
    assertEquals(dir.resolve("a.yaml").toString(), problem.file());
    assertTrue(problem.message().startsWith("YAML syntax error"), problem::toString);
    assertTrue(problem.line() >= 3, problem::toString);
  }

  @Test
  @DisplayName("a missing id names the entry's line")
  void missingId() throws Exception {
    write("a.yaml", "entries:\n  - question: Q?\n    answer: A.\n");
    assertProblem(onlyProblem(), "a.yaml", 2, "missing 'id'");
  }

  @Test
  @DisplayName("an empty question is reported on its own line")
  void emptyQuestion() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: \"  \"\n    answer: A.\n");
    assertProblem(onlyProblem(), "a.yaml", 3, "entry 'pain': 'question' is empty");
  }

  @Test
  @DisplayName("a missing answer is reported")
  void missingAnswer() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: Q?\n");
    assertProblem(onlyProblem(), "a.yaml", 2, "entry 'pain': missing 'answer'");
  }

  @Test
  @DisplayName("a duplicate id across two files names both places")
  void duplicateAcrossFiles() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: Q?\n    answer: A.\n");
    write("b.yaml", "\nentries:\n  - id: pain\n    question: Q2?\n    answer: A2.\n");
    FaqProblem problem = onlyProblem();
    assertProblem(problem, "b.yaml", 3, "duplicate id 'pain' (first defined at " + dir.resolve("a.yaml") + ":2)");
  }

  @Test
  @DisplayName("an unknown field is named, with a suggestion for a near miss")
  void unknownField() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: Q?\n    anwser: A.\n");
    List<FaqProblem> problems = problems();
    assertEquals(2, problems.size(), problems::toString);
    assertProblem(problems.get(0), "a.yaml", 2, "entry 'pain': missing 'answer'");
    assertProblem(problems.get(1), "a.yaml", 4, "unknown field 'anwser' (did you mean 'answer'?)");
  }

  @Test
  @DisplayName("a related id that does not exist is named")
  void unknownRelated() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: Q?\n    answer: A.\n    related: [numbing]\n");
    assertProblem(onlyProblem(), "a.yaml", 2, "entry 'pain': related id 'numbing' does not exist");
  }

  @Test
  @DisplayName("wrong types are named: a question that is a list, alternates that are text")
  void wrongTypes() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: [a, b]\n    alternates: will it hurt\n    answer: A.\n");
    List<FaqProblem> problems = problems();
    assertEquals(2, problems.size(), problems::toString);
    assertProblem(problems.get(0), "a.yaml", 3, "'question' must be text, got a list");
    assertProblem(problems.get(1), "a.yaml", 4, "'alternates' must be a list, got 'will it hurt'");
  }

  @Test
  @DisplayName("an id that is not kebab-case is refused")
  void notKebabCase() throws Exception {
    write("a.yaml", "entries:\n  - id: Numbing_Cream\n    question: Q?\n    answer: A.\n");
    assertProblem(onlyProblem(), "a.yaml", 2, "id must be kebab-case");
  }

  @Test
  @DisplayName("a file without an entries list is refused")
  void noEntries() throws Exception {
    write("a.yaml", "clinic: Test\n");
    assertProblem(onlyProblem(), "a.yaml", 1, "missing 'entries:'");
  }

  @Test
  @DisplayName("a malformed synonym rule is reported with its line in synonyms.txt")
  void badSynonym() throws Exception {
    write("a.yaml", GOOD);
    write("synonyms.txt", "# comment\nhurt, pain\nnumb,, lidocaine\n");
    assertProblem(onlyProblem(), "synonyms.txt", 3, "empty term");
  }

  @Test
  @DisplayName("every problem in every file is reported at once, in file and line order, and nothing is loaded")
  void everyProblemAtOnce() throws Exception {
    write("a.yaml", "entries:\n  - id: pain\n    question: Q?\n  - id: Bad Id\n    question: Q?\n    answer: A.\n");
    write("b.yaml", "entries:\n  - id: pain\n    qestion: Q?\n    answer: A.\n");
    List<FaqProblem> problems = problems();
    assertEquals(5, problems.size(), problems::toString);
    assertEquals(List.of(2, 4, 2, 2, 3), problems.stream().map(FaqProblem::line).toList(), problems::toString);
    assertTrue(problems.get(3).message().startsWith("duplicate id 'pain'"), problems.get(3)::toString);
    assertTrue(problems.get(0).toString().startsWith(dir.resolve("a.yaml") + ":2: "), problems.get(0)::toString);
  }

  @Test
  @DisplayName("a folder with no YAML files is refused")
  void emptyFolder() {
    assertTrue(problems().get(0).message().contains("no .yaml files"));
  }

  @Test
  @DisplayName("drafts in a sub-folder are not loaded")
  void draftsIgnored() throws Exception {
    write("a.yaml", GOOD);
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/new.yaml"), "entries:\n  - id: pain\n    question: Q\n    answer: A\n");
    assertEquals(2, new FaqLoader().load(dir).size());
  }
}
