package com.clinicfaqbot.app;

import com.clinicfaqbot.config.ConfigException;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a person can act on into plain lines on stderr and an exit code, never a
 * stack trace: 2 when the command could not start (bad config, unusable database), 1 when it
 * started and was refused (bad FAQ, unknown escalation, a transition the status forbids). Anything
 * else is a bug and keeps its stack trace.
 */
final class Failures implements IExecutionExceptionHandler {
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

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
