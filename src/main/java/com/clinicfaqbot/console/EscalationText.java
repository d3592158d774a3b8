package com.clinicfaqbot.console;

import com.clinicfaqbot.desk.DurationText;
import com.clinicfaqbot.desk.OneLine;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.FollowUp;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.StaffAnswer;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Escalations as staff read them in a terminal: the queue as a table, one escalation in full.
 * Client text is shown, never obeyed, as a terminal would obey an escape code ({@link TerminalText}).
 */
final class EscalationText {
  /** How much of a question the queue shows. */
  static final int QUESTION_CHARS = 60;

  private static final String INDENT = " ".repeat(14);

  private final FaqCatalog catalog;
  private final DateTimeFormatter times;

  /**
   * @param catalog the FAQ, to show candidate entries' questions beside their ids
   * @param zone    the clinic's time zone, for times
   */
  EscalationText(FaqCatalog catalog, ZoneId zone) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(zone);
  }

  /** The open queue in the order given: id, age, urgency, status, reason, client, question. */
  String queue(List<Escalation> queue, Instant now) {
    if (queue.isEmpty()) {
      return "No open escalations.\n";
    }
    TextTable table = TextTable.of("ID", "AGE", "URGENT", "STATUS", "REASON", "CLIENT", "QUESTION");
    for (Escalation e : queue) {
      table.row(
          e.label(), age(e.createdAt(), now), e.urgent() ? "URGENT" : "", status(e),
          e.reason().code(), client(e.client()), OneLine.cut(e.question(), QUESTION_CHARS));
    }
    return table.render();
  }

  /** Answers not shown to their client yet, oldest answer first, with the last delivery error. */
  String undelivered(List<Escalation> escalations, Instant now) {
    if (escalations.isEmpty()) {
      return "Every staff answer has reached its client.\n";
    }
    TextTable table =
        TextTable.of("ID", "ANSWERED", "BY", "CLIENT", ">ATTEMPTS", "LAST ERROR", "QUESTION");
    for (Escalation e : escalations) {
      StaffAnswer answer = e.answer().orElseThrow();
      table.row(
          e.label(), age(answer.answeredAt(), now) + " ago", answer.staff(), client(e.client()),
          answer.deliveryAttempts(), answer.lastDeliveryError().orElse("-"),
          OneLine.cut(e.question(), QUESTION_CHARS));
    }
    return table.render();
  }

  /** Everything staff need to answer it, one labelled line per fact. */
  String details(Escalation e, Instant now) {
    List<String> lines = new ArrayList<>();
    lines.add("Escalation " + e.label() + ": " + e.status() + (e.urgent() ? ", URGENT" : ""));
    field(lines, "Client", client(e.client()) + ", id " + e.client().userId());
    field(lines, "Where", where(e.origin()));
    field(lines, "Asked", time(e.createdAt()) + ", " + age(e.createdAt(), now) + " ago");
    field(lines, "Reason", e.reason().code() + (e.urgent() ? " (urgent)" : ""));
    field(lines, "Question", e.question());
    field(lines, "Candidates", candidates(e.candidates()));
    field(lines, "Follow-ups", followUps(e.followUps()));
    field(lines, "Claimed by", e.claimedBy().orElse("nobody"));
    field(lines, "Answer", e.answer().map(this::answer).orElse("not yet"));
    e.answer().ifPresent(answer -> field(lines, "Delivery", delivery(answer)));
    e.closedAt().ifPresent(closed -> field(lines, "Closed", time(closed)));
    e.staffRef().ifPresent(ref -> field(lines, "Staff thread", ref));
    return TerminalText.safe(String.join("\n", lines)) + "\n";
  }

  private String candidates(List<CandidateRef> candidates) {
    if (candidates.isEmpty()) {
      return "none";
    }
    List<String> lines = new ArrayList<>();
    for (CandidateRef candidate : candidates) {
      String title =
          catalog.find(candidate.faqId()).map(FaqEntry::question).orElse("(not in the FAQ now)");
      lines.add(String.format(Locale.ROOT, "%s (%.2f) %s", candidate.faqId(), candidate.confidence(), title));
    }
    return String.join("\n", lines);
  }

  private String followUps(List<FollowUp> followUps) {
    if (followUps.isEmpty()) {
      return "none";
    }
    List<String> lines = new ArrayList<>();
    for (FollowUp followUp : followUps) {
      lines.add(time(followUp.at()) + ": " + followUp.text());
    }
    return String.join("\n", lines);
  }

  private String answer(StaffAnswer answer) {
    return "by " + answer.staff() + ", " + time(answer.answeredAt()) + ":\n" + answer.text();
  }

  private static String delivery(StaffAnswer answer) {
    String attempts = answer.deliveryAttempts() + " attempt" + (answer.deliveryAttempts() == 1 ? "" : "s");
    String state = answer.delivered() ? "delivered" : "not delivered yet";
    return state + " (" + attempts + answer.lastDeliveryError().map(err -> "; last error: " + err).orElse("")
        + ")";
  }

  private static String where(Origin origin) {
    return switch (origin.kind()) {
      case CONSOLE -> "the console";
      case DM -> "a direct message" + origin.channelId().map(id -> ", channel " + id).orElse("");
      case CHANNEL -> "channel " + origin.channelId().orElse("?")
          + origin.jumpUrl().map(url -> ", " + url).orElse("");
    };
  }

  private static String status(Escalation e) {
    String status = e.status().name().toLowerCase(Locale.ROOT);
    return e.claimedBy().map(staff -> status + " by " + staff).orElse(status);
  }

  static String client(ClientRef client) {
    return client.displayName() + " (" + client.platform() + ")";
  }

  private String time(Instant instant) {
    return times.format(instant);
  }

  private static String age(Instant since, Instant now) {
    return DurationText.compact(Duration.between(since, now));
  }

  /** {@code "  Label:      value"}, a value's further lines indented to line up. */
  private static void field(List<String> lines, String label, String value) {
    String head = String.format("  %-12s", label + ":");
    lines.add(head + value.replace("\r\n", "\n").replace("\n", "\n" + INDENT));
  }
}
