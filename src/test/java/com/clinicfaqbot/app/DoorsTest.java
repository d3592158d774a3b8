package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The corpus of bad inputs in {@code src/test/resources/doors/<case>/}: each case is a folder of
 * inputs (FAQ folders, config files, labeled sets) and a {@code door.yaml} saying which command
 * lines to run over them and exactly what they must print and exit with. A new door is a new
 * folder. Every case also checks that nothing in its folder changed and nothing was added, so a
 * refused command stored nothing.
 *
 * <p>{@code door.yaml} keys: {@code commands} (a list of command lines, each a list of
 * arguments, all expected to behave the same), {@code exit}, {@code stderr} (exact), and optional
 * {@code stdout} (exact) and {@code stdin}. {@code {dir}} stands for the case's folder, copied
 * to a temporary folder for the run. (Output ending in a blank line needs YAML's {@code |+}.)
 */
@DisplayName("Every door: bad inputs end in one specific line and a non-zero exit")
final class DoorsTest {
  private static final Path CORPUS = Path.of("src/test/resources/doors");

  @TempDir Path temp;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CORPUS)) {
      return folders.filter(folder -> Files.isRegularFile(folder.resolve("door.yaml")))
          .map(folder -> folder.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  @DisplayName("the corpus is there, and every folder in it is a case")
  void corpusIsFound() throws IOException {
    List<String> cases = cases().toList();
    assertTrue(cases.size() >= 25, cases::toString); // the folder was found and read
    try (Stream<Path> folders = Files.list(CORPUS)) {
      assertEquals(cases.size(), folders.filter(Files::isDirectory).count(), "a folder without door.yaml");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void door(String name) throws IOException {
    Path dir = temp.resolve(name);
    copy(CORPUS.resolve(name), dir);
    Map<String, Object> door = read(dir.resolve("door.yaml"));
    Files.delete(dir.resolve("door.yaml"));
    int exit = (Integer) door.get("exit");
    String stderr = expand(text(door, "stderr"), dir);
    String stdout = door.containsKey("stdout") ? expand(text(door, "stdout"), dir) : null;
    String stdin = door.containsKey("stdin") ? text(door, "stdin") : "";
    @SuppressWarnings("unchecked")
    List<List<Object>> commands = (List<List<Object>>) door.get("commands");
    assertFalse(commands == null || commands.isEmpty(), name + ": door.yaml has no commands");

    for (List<Object> command : commands) {
      Map<String, byte[]> before = snapshot(dir);
      String[] args = command.stream().map(arg -> expand(String.valueOf(arg), dir)).toArray(String[]::new);

      CommandRun run = CommandRun.withInput(stdin, args);

      String line = String.join(" ", args);
      assertEquals(stderr, run.err().replace("\r\n", "\n"), line + "\nstdout:\n" + run.out());
      assertEquals(exit, run.exitCode(), line);
      if (stdout != null) {
        assertEquals(stdout, run.out().replace("\r\n", "\n"), line);
      }
      assertEquals(paths(before), paths(snapshot(dir)), line + ": files were added or removed");
      snapshot(dir).forEach((file, bytes) ->
          assertTrue(java.util.Arrays.equals(before.get(file), bytes), line + ": " + file + " changed"));
    }
  }

  private static String text(Map<String, Object> door, String key) {
    Object value = door.get(key);
    return value == null ? "" : value.toString();
  }

  private static String expand(String text, Path dir) {
    return text.replace("{dir}", dir.toString());
  }

  private static Map<String, Object> read(Path file) throws IOException {
    try (var in = Files.newBufferedReader(file)) {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** Every file under {@code dir} (folders too, as empty contents), by relative path. */
  private static Map<String, byte[]> snapshot(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : all.toList()) {
        files.put(dir.relativize(file).toString(), Files.isDirectory(file) ? new byte[0] : Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static List<String> paths(Map<String, byte[]> snapshot) {
    return new ArrayList<>(snapshot.keySet());
  }
}
