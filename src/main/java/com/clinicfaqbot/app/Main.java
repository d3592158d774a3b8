package com.clinicfaqbot.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The command line: {@code java -jar clinic-faq-bot.jar <command>}. */
@Command(
    name = "clinic-faq-bot",
    mixinStandardHelpOptions = true,
    version = "Clinic FAQ Bot 0.1.0",
    description = "A skin clinic's FAQ assistant: answers from faq/, hands the rest to staff.",
    subcommands = {
      RunCommand.class, ChatCommand.class, StaffCommand.class, ReportCommand.class, AskCommand.class, ValidateCommand.class,
      EvalCommand.class, HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    Failures failures = new Failures();
    CommandLine line = new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
    sameVersion(line, line.getCommandSpec().version());
    return line.execute(args);
  }

  /** {@code -V} on a sub-command prints the program's version rather than nothing. */
  private static void sameVersion(CommandLine command, String[] version) {
    for (CommandLine sub : command.getSubcommands().values()) {
      sub.getCommandSpec().version(version);
      sameVersion(sub, version);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
