package com.clinicfaqbot.app;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar clinic-faq-bot.jar <command>}. */
@Command(
    name = "clinic-faq-bot",
    mixinStandardHelpOptions = true,
    version = "Clinic FAQ Bot 0.1.0",
    description = "A skin clinic's FAQ assistant: answers from faq/, hands the rest to staff.")
public final class Main implements Runnable {
  /** The commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(
      RunCommand.class, ChatCommand.class, StaffCommand.class, ReportCommand.class, AskCommand.class,
      ValidateCommand.class, EvalCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    CommandLine line = new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures());
    // picocli reads every command's options by reflection as it is added: a fifth of a cold
    // `ask`. When the first argument names a command, only that one is added; the usage, an
    // unknown command and the top-level options still see them all.
    String named = args.length > 0 ? args[0] : null;
    boolean one = false;
    for (Class<?> command : COMMANDS) {
      one |= name(command).equals(named);
    }
    for (Class<?> command : COMMANDS) {
      if (!one || name(command).equals(named)) {
        line.addSubcommand(name(command), command);
      }
    }
    return line.execute(args);
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
