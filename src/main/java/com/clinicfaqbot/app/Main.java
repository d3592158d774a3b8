package com.clinicfaqbot.app;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

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
      ValidateCommand.class, EvalCommand.class, HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
  public static int execute(String... args) {
    return commandLine(args.length > 0 ? args[0] : null).execute(args);
  }

  /**
   * The command line, with only the command {@code named} if it names one (or all of them).
   * picocli reads every command's options by reflection as it is added: a fifth of a cold
   * {@code ask}. The usage, an unknown command, {@code help CMD} and the top-level options see all.
   */
  static CommandLine commandLine(String named) {
    Failures failures = new Failures();
    CommandLine line = new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(failures)
        .setParameterExceptionHandler(failures);
    boolean one = false;
    for (Class<?> command : COMMANDS) {
      one |= command != HelpCommand.class && name(command).equals(named);
    }
    for (Class<?> command : COMMANDS) {
      if (!one || name(command).equals(named)) {
        line.addSubcommand(name(command), command);
      }
    }
    sameVersion(line, line.getCommandSpec().version());
    return line;
  }

  private static String name(Class<?> command) {
    return command.getAnnotation(Command.class).name();
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
