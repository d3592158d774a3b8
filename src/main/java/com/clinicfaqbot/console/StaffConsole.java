package com.clinicfaqbot.console;

import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.review.FaqDraftWriter;
import com.clinicfaqbot.faq.FaqCatalog;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff's side of the escalation queue on the console: one method per staff command, each
 * returning the text to show, and {@link #run} for a typed command line.
 *
 * <p>The typed methods throw the store's {@link EscalationException} on a refusal (an unknown id,
 * a transition the status does not allow, someone else answered first); its message is written
 * for staff. {@link #run} turns refusals into a {@link Response} instead.
 */
public final class StaffConsole {
  public static final String HELP =
      """
      Commands:
        list              the open queue: urgent first, then oldest first
        show ID           everything about one escalation
        claim ID          tell colleagues you are on it
        answer ID TEXT    answer the client (the rest of the line is the answer)
        close ID          close it: after the answer, or as spam or a duplicate
        promote ID        write a draft FAQ entry from the answer into the FAQ's drafts folder
        undelivered       answers that have not reached their client yet
        help              this list
        quit              leave (Ctrl-D too)
      """;

  /** What a typed command line produced. */
  public record Response(String text, boolean refused, boolean quit) {
    public Response {
      Objects.requireNonNull(text, "text");
    }

    static Response shown(String text) {
      return new Response(text, false, false);
    }

    static Response refusal(String message) {
      return new Response(message.endsWith("\n") ? message : message + "\n", true, false);
    }
  }

  /**
   * Whether the safety rules always hand a question to staff, whatever the FAQ says: such a
   * question can never be answered from an entry, so its draft says so.
   */
  @FunctionalInterface
  public interface SafetyRules {
    /** The reason code (e.g. {@code business}) when the rules always hand {@code question} off. */
    Optional<String> alwaysHandedOff(String question);
  }

  /** A draft written, and the warning for its reviewer, if any. */
  public record Draft(Path file, Optional<String> warning) {}

  private final EscalationStore store;
  private final FaqDraftWriter drafts;
  private final SafetyRules safety;
  private final EscalationText text;
  private final ConsoleJson json = new ConsoleJson();
  private final Clock clock;
  private final String staff;

  /**
   * @param safety  the safety rules, to warn on a draft of a question they always hand off
   * @param catalog the FAQ, to name candidate entries (an empty one names none)
   * @param zone    the clinic's time zone, for times shown
   * @param staff   the staff member's name, recorded on claims and answers
   */
  public StaffConsole(
      EscalationStore store, FaqDraftWriter drafts, SafetyRules safety, FaqCatalog catalog, ZoneId zone,
      Clock clock, String staff) {
    this.store = Objects.requireNonNull(store, "store");
    this.drafts = Objects.requireNonNull(drafts, "drafts");
    this.safety = Objects.requireNonNull(safety, "safety");
    this.text = new EscalationText(catalog, zone);
    this.clock = Objects.requireNonNull(clock, "clock");
    if (staff == null || staff.isBlank()) {
      throw new IllegalArgumentException("the staff name must not be blank");
    }
    this.staff = staff.strip();
  }

  /** Runs one typed command line, e.g. {@code answer 12 Yes, after 24 hours.} */
  public Response run(String line) {
    String[] words = line.strip().split("\\s+", 3);
    String command = words[0].toLowerCase(Locale.ROOT);
    try {
      return switch (command) {
        case "" -> Response.shown("");
        case "list", "ls" -> Response.shown(list());
        case "show" -> Response.shown(show(id(words, "show ID")));
        case "claim" -> Response.shown(claim(id(words, "claim ID")));
        case "answer" -> Response.shown(answer(id(words, "answer ID TEXT"), rest(words, "answer ID TEXT")));
        case "close" -> Response.shown(close(id(words, "close ID")));
        case "promote" -> {
          Draft draft = promote(id(words, "promote ID"));
          yield Response.shown("Draft written to " + draft.file() + "\n"
              + draft.warning().map(warning -> warning + "\n").orElse("")
              + "Review it, then move it into the FAQ folder and run validate.\n");
        }
        case "undelivered" -> Response.shown(undelivered());
        case "help", "?" -> Response.shown(HELP);
        case "quit", "exit", "q" -> new Response("", false, true);
        default -> Response.refusal("Unknown command \"" + words[0] + "\". Type help for the commands.");
      };
    } catch (EscalationException | UncheckedIOException | IllegalArgumentException e) {
      return Response.refusal(e.getMessage());
    }
  }

  /** The open queue as a table. */
  public String list() {
    return text.queue(store.openQueue(), clock.instant());
  }

  /** The open queue, one JSON object per line (nothing for an empty queue). */
  public String listJson() {
    return jsonLines(store.openQueue());
  }

  private String jsonLines(List<Escalation> escalations) {
    StringBuilder lines = new StringBuilder();
    for (Escalation escalation : escalations) {
      lines.append(json.line(json.escalation(escalation))).append('\n');
    }
    return lines.toString();
  }

  public String show(long id) {
    return text.details(store.get(id), clock.instant());
  }

  /** One JSON object, on one line. */
  public String showJson(long id) {
    return json.line(json.escalation(store.get(id))) + "\n";
  }

  public String claim(long id) {
    Escalation claimed = store.claim(id, staff);
    return "Claimed " + claimed.label() + " for " + staff + ".\n";
  }

  /** @throws IllegalArgumentException if {@code answer} is blank: the client would get nothing */
  public String answer(long id, String answer) {
    if (answer == null || answer.isBlank()) {
      throw new IllegalArgumentException("the answer is empty: write what the client should read");
    }
    Escalation answered = store.answer(id, staff, answer.strip());
    String client = EscalationText.client(answered.client());
    return "Answered " + answered.label() + ". " + client
        + (ClientConversation.PLATFORM.equals(answered.client().platform())
            ? " will see it at their next prompt."
            : " will get it from the bot.")
        + "\n";
  }

  public String close(long id) {
    return "Closed " + store.close(id).label() + ".\n";
  }

  public String undelivered() {
    return text.undelivered(store.undelivered(), clock.instant());
  }

  /** The answers not delivered yet, one JSON object per line like {@link #listJson} (nothing when none). */
  public String undeliveredJson() {
    return jsonLines(store.undelivered());
  }

  /**
   * Writes a draft FAQ entry from the staff answer. A question the safety rules always hand off
   * is still drafted (the answer may be worth keeping), with a warning in the file and returned.
   */
  public Draft promote(long id) {
    Escalation escalation = store.get(id);
    Optional<String> warning = escalation.answer().isEmpty() ? Optional.empty() // refused below
        : safety.alwaysHandedOff(escalation.question()).map(reason ->
        "WARNING: the safety rules always hand this question to staff (" + reason + "), so the bot will never"
            + " answer it from this entry; reword it as a general question, or keep it for staff.");
    return new Draft(drafts.promote(escalation, warning), warning);
  }

  private static long id(String[] words, String usage) {
    if (words.length < 2) {
      throw new IllegalArgumentException("Usage: " + usage);
    }
    return parseId(words[1]);
  }

  /** {@code 12} or {@code #12}. */
  private static long parseId(String word) {
    String digits = word.startsWith("#") ? word.substring(1) : word;
    if (!digits.matches("\\d{1,18}")) {
      throw new IllegalArgumentException(
          "\"" + word + "\" is not an escalation id (a number, like 12)");
    }
    return Long.parseLong(digits);
  }

  /**
   * The rest of the line; quotes around all of it are dropped, as a shell would, so that
   * {@code answer 3 "Yes."} stores {@code Yes.} and {@code answer 3 ""} is refused as empty.
   */
  private static String rest(String[] words, String usage) {
    String rest = words.length < 3 ? "" : words[2].strip();
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("Usage: " + usage);
    }
    if (rest.length() >= 2 && (rest.startsWith("\"") && rest.endsWith("\"")
        || rest.startsWith("'") && rest.endsWith("'"))) {
      rest = rest.substring(1, rest.length() - 1).strip();
    }
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("Usage: " + usage + " (the text is empty)");
    }
    return rest;
  }
}
