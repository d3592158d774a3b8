package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command and sub-command, found from the command tree itself, so a new one is covered too. */
@DisplayName("Help on every command")
final class HelpTest {

  /** Each command's words after the program name, e.g. {@code [staff, answer]}; the root is {@code []}. */
  static Stream<List<String>> commands() {
    List<List<String>> paths = new ArrayList<>();
    collect(Main.commandLine(null), new ArrayList<>(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
    into.add(List.copyOf(path));
    command.getSubcommands().forEach((name, sub) -> {
      List<String> longer = new ArrayList<>(path);
      longer.add(name);
      collect(sub, longer, into);
    });
  }

  @Test
  @DisplayName("the tree has the commands the README lists")
  void treeIsFound() {
    List<String> names = commands().map(path -> String.join(" ", path)).toList();
    assertTrue(names.containsAll(List.of("", "run", "chat", "ask", "validate", "eval", "report", "help", "staff",
        "staff list", "staff show", "staff claim", "staff answer", "staff close", "staff promote",
        "staff undelivered", "staff help")), names::toString);
  }

  @ParameterizedTest(name = "{0} --help and -h")
  @MethodSource("commands")
  @DisplayName("--help and -h print the command's usage on stdout and exit 0")
  void helpOption(List<String> path) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args = new ArrayList<>(path);
      args.add(flag);
      CommandRun run = CommandRun.of(args.toArray(String[]::new));

      assertEquals(0, run.exitCode(), run::err);
      assertEquals("", run.err());
      String program = String.join(" ", prepend("clinic-faq-bot", path));
      // picocli's help command puts its description first
      assertTrue(run.out().startsWith("Usage: " + program + " ") || run.out().contains("\nUsage: " + program + " "),
          run::out);
    }
  }

  @ParameterizedTest(name = "help {0}")
  @MethodSource("commands")
  @DisplayName("help CMD prints the same usage as CMD --help")
  void helpCommand(List<String> path) {
    if (path.isEmpty() || path.get(path.size() - 1).equals("help")) {
      return; // "help" of the program itself, and help about help, are picocli's
    }
    List<String> viaHelp = new ArrayList<>(path.subList(0, path.size() - 1));
    viaHelp.add("help");
    viaHelp.add(path.get(path.size() - 1));
    List<String> viaOption = new ArrayList<>(path);
    viaOption.add("--help");

    CommandRun help = CommandRun.of(viaHelp.toArray(String[]::new));

    assertEquals(0, help.exitCode(), help::err);
    assertEquals(CommandRun.of(viaOption.toArray(String[]::new)).out(), help.out());
  }

  @ParameterizedTest(name = "{0} -V")
  @MethodSource("commands")
  @DisplayName("-V prints the program's version everywhere")
  void version(List<String> path) {
    if (!path.isEmpty() && path.get(path.size() - 1).equals("help")) {
      return; // picocli's help command has no -V
    }
    List<String> args = new ArrayList<>(path);
    args.add("-V");

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    assertEquals(0, run.exitCode(), run::err);
    assertEquals("Clinic FAQ Bot 0.1.0", run.out().strip());
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
