package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's examples are real output: every {@code $ java -jar target/clinic-faq-bot.jar …}
 * line in a code block is run, and what it prints must be the lines below it ({@code ask --json}:
 * everything but {@code micros}). When the engine changes, a failure prints the block to paste.
 * An example this test does not know how to set up fails too, so none goes unchecked.
 */
@DisplayName("The README's examples")
final class ReadmeExamplesTest {
  private static final Path README = Path.of("README.md");
  private static final String PROMPT = "$ java -jar target/clinic-faq-bot.jar ";

  @TempDir Path temp;

  /** One example: the command line as written, its arguments, the output shown, its README line. */
  record Example(String commandLine, List<String> args, List<String> output, int line) {
    @Override
    public String toString() {
      return "README.md:" + line + ": " + commandLine;
    }
  }

  static Stream<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(README);
    List<Example> examples = new ArrayList<>();
    boolean inBlock = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        inBlock = !inBlock;
      } else if (inBlock && line.startsWith(PROMPT)) {
        List<String> output = new ArrayList<>();
        int j = i + 1;
        for (; !lines.get(j).strip().startsWith("```") && !lines.get(j).strip().startsWith("$ "); j++) {
          output.add(lines.get(j));
        }
        String command = line.substring(PROMPT.length());
        examples.add(new Example(command, words(command), output, i + 1));
      }
    }
    return examples.stream();
  }

  @Test
  @DisplayName("are found: ask --json, ask, validate, the config error and a usage error")
  void examplesAreFound() throws IOException {
    List<String> found = examples().map(e -> e.args().get(0) + (e.args().contains("--json") ? " --json" : "")).toList();
    assertTrue(found.containsAll(List.of("ask --json", "ask", "validate", "run", "report")), found::toString);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("print what the README shows")
  void exampleIsRealOutput(Example example) throws IOException {
    List<String> args = new ArrayList<>(example.args());
    String folder = temp + "/";
    switch (args.get(0)) {
      case "ask", "report" -> {
        // run as written: ask reads faq/ and stores nothing; the report example is refused before opening anything
      }
      case "validate" -> {
        // faq/ with the answer of 'downtime' (line 17 of recovery.yaml) misspelt
        Path faq = copyFaq(temp.resolve("faq"));
        List<String> recovery = new ArrayList<>(Files.readAllLines(faq.resolve("recovery.yaml")));
        assertEquals("    answer: >-", recovery.get(16), "line 17 of faq/recovery.yaml moved: update the README");
        recovery.set(16, "    anwser: >-");
        Files.write(faq.resolve("recovery.yaml"), recovery);
        args.replaceAll(arg -> arg.equals("faq") ? faq.toString() : arg);
      }
      case "run" -> {
        // config.example.yaml with a staff channel id that is not one
        String config = Files.readString(Path.of("config.example.yaml"));
        String broken = config.replace("staffChannelId: \"123456789012345680\"", "staffChannelId: \"abc\"");
        assertTrue(!broken.equals(config), "config.example.yaml has no staffChannelId to break: update the README");
        Path file = Files.writeString(temp.resolve("config.yaml"), broken);
        args.replaceAll(arg -> arg.equals("config.yaml") ? file.toString() : arg);
      }
      default -> fail(example + ": this test does not know how to run this example; add it");
    }

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    String printed = (run.exitCode() == 0 ? run.out() : run.err()).replace("\r\n", "\n").replace(folder, "");
    List<String> actual = printed.lines().toList();
    if (example.args().contains("--json")) {
      assertEquals(withoutMicros(example.output()), withoutMicros(actual), () -> paste(example, printed));
    } else {
      assertEquals(String.join("\n", example.output()).strip(), printed.strip(), () -> paste(example, printed));
    }
  }

  @Test
  @DisplayName("the command table names every option of every command, and every staff command")
  void commandTableIsComplete() throws IOException {
    List<String> rows = Files.readAllLines(README).stream().filter(line -> line.startsWith("| `")).toList();
    CommandLine root = Main.commandLine(null);
    List<String> missing = new ArrayList<>();
    root.getSubcommands().forEach((name, command) -> {
      if (name.equals("help")) {
        return;
      }
      String row = rows.stream().filter(r -> r.startsWith("| `" + name + " ") || r.startsWith("| `" + name + "`"))
          .findFirst().orElse(null);
      if (row == null) {
        missing.add(name + ": no row");
        return;
      }
      String usage = row.substring(0, row.indexOf("` |") + 1);
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (!option.usageHelp() && !option.versionHelp() && !usage.contains(option.longestName())) {
          missing.add(name + ": " + option.longestName());
        }
      }
      command.getSubcommands().keySet().stream()
          .filter(sub -> !sub.equals("help") && !usage.contains(sub))
          .forEach(sub -> missing.add(name + ": " + sub));
    });
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("quotes the config error with the same line wherever it mentions it")
  void configErrorMentionsAgree() throws IOException {
    Matcher mention =
        Pattern.compile("config\\.yaml:(\\d+): discord\\.staffChannelId").matcher(Files.readString(README));
    Set<String> lines = new TreeSet<>();
    while (mention.find()) {
      lines.add(mention.group(1));
    }
    assertEquals(1, lines.size(), "config error quoted at different lines: " + lines);
  }

  private static String paste(Example example, String printed) {
    return example + " is out of date; the real output, to paste into the README:\n" + PROMPT
        + example.commandLine() + "\n" + printed;
  }

  private static List<JsonNode> withoutMicros(List<String> lines) {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    for (String line : lines) {
      try {
        ObjectNode row = (ObjectNode) mapper.readTree(line);
        assertTrue(row.path("micros").canConvertToLong() && row.get("micros").asLong() >= 0, line);
        row.remove("micros");
        rows.add(row);
      } catch (IOException e) {
        fail("not JSON: " + line);
      }
    }
    return rows;
  }

  private static Path copyFaq(Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("faq"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  /** A shell command line's words: spaces split, double or single quotes group. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
