package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * {@code /faq reload} and {@code /escalations}, for staff (the listener checked the role and
 * deferred an ephemeral reply). Runs on the worker.
 */
final class StaffCommands {
  private final DiscordBot.FaqReloader reloader;
  private final StaffDesk staff;
  private final StaffSummary summary;
  private final Clock clock;

  StaffCommands(DiscordBot.FaqReloader reloader, StaffDesk staff, StaffSummary summary, Clock clock) {
    this.reloader = Objects.requireNonNull(reloader, "reloader");
    this.staff = Objects.requireNonNull(staff, "staff");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void reload(InteractionHook hook) {
    String text;
    try {
      FaqCatalog catalog = reloader.reload();
      text = "Reloaded the FAQ: " + catalog.size() + " entries, " + catalog.synonyms().size() + " synonym rules.";
    } catch (FaqException e) {
      text = problems(e.problems());
    }
    hook.editOriginal(SafeText.edit(SafeText.text(text))).complete();
  }

  void escalations(InteractionHook hook) {
    hook.editOriginal(SafeText.edit(SafeText.text(summary.queue(staff.queue(), clock.instant())))).complete();
  }

  /** Every problem, one per line, as many as fit in one message. */
  static String problems(List<FaqProblem> problems) {
    String head = "The FAQ was **not** reloaded: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
        + ". The FAQ loaded before stays in use.\n```\n";
    String tail = "```";
    List<String> lines = new ArrayList<>();
    int room = SafeText.MAX_CONTENT - head.length() - tail.length() - 40;
    for (FaqProblem problem : problems) {
      String line = SafeText.cut(problem.toString().replace("```", "'''"), 300) + "\n";
      if (room - line.length() < 0) {
        lines.add("…and " + (problems.size() - lines.size()) + " more (run validate).\n");
        break;
      }
      room -= line.length();
      lines.add(line);
    }
    return head + String.join("", lines) + tail;
  }
}
