package com.clinicfaqbot.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar clinic-faq-bot.jar <command>}. */
@Command(
    name = "clinic-faq-bot",
    mixinStandardHelpOptions = true,
    version = "Clinic FAQ Bot 0.1.0",
    description = "A skin clinic's FAQ assistant: answers from faq/, hands the rest to staff.",
    subcommands = {
      RunCommand.class, ChatCommand.class, StaffCommand.class, ReportCommand.class, AskCommand.class, ValidateCommand.class,
      EvalCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures())
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
