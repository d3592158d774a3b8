package com.clinicfaqbot.app;

import com.clinicfaqbot.config.ConfigException;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns the failures a person can act on into plain lines on stderr and an exit code, never a
 * stack trace: 2 when the command could not start (bad config, unusable database), 1 when it
 * started and was refused (bad FAQ, unknown escalation, a transition the status forbids). Anything
 * else is a bug and keeps its stack trace.
 *
 * <p>A bad command line (an unknown option, a missing or invalid argument, also one a command
 * rejects itself with a {@link ParameterException}) is one line too: what is wrong, then the
 * command's short usage; exit code 2. Picocli's own handler would print the whole help instead.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  /** The FAQ or the store refused what was asked. */
  static final int REFUSED = 1;
  /** The config or the database is unusable: nothing was done. */
  static final int CANNOT_START = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed)
      throws Exception {
    PrintWriter err = command.getErr();
    try {
      if (e instanceof ConfigException config) {
        config.problems().forEach(err::println);
        return CANNOT_START;
      }
      if (e instanceof SetupException setup) {
        err.println(oneLine(setup.getMessage()));
        return CANNOT_START;
      }
      if (e instanceof FaqException faq) {
        for (FaqProblem problem : faq.problems()) {
          err.println(problem);
        }
        return REFUSED;
      }
      if (e instanceof EscalationException refused) {
        err.println(oneLine(refused.getMessage()));
        return REFUSED;
      }
      if (e instanceof UncheckedIOException io) {
        err.println(oneLine(io.getMessage() + ": " + io.getCause().getMessage()));
        return REFUSED;
      }
    } finally {
      err.flush();
    }
    throw e;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = oneLine(e.getMessage()).strip();
    if (e instanceof UnmatchedArgumentException unmatched) {
      message = unmatched(command, unmatched);
    }
    err.println(message + (message.endsWith(".") ? "" : ".") + " Usage: "
        + command.getHelp().abbreviatedSynopsis().strip());
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Picocli says "Unmatched argument at index 1: 'x'"; a person wants to know what 'x' was taken for. */
  private static String unmatched(CommandLine command, UnmatchedArgumentException e) {
    String first = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
    String message;
    if (first.startsWith("-")) {
      message = "Unknown option: '" + first + "'";
    } else if (!command.getSubcommands().isEmpty()) {
      message = "Unknown command: '" + first + "'";
    } else {
      message = "Unexpected argument: '" + first + "'";
    }
    List<String> suggestions = e.getSuggestions();
    return suggestions.isEmpty() ? message : message + " (did you mean " + String.join(" or ", suggestions) + "?)";
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
