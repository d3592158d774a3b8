package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.IllegalTransitionException;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client's conversation with the assistant on the console: what the bot says to each line
 * they type, with the escalation store behind it.
 *
 * <ul>
 *   <li>An escalation is stored before the client is told that a person will reply; if it cannot
 *       be stored, they are told so, and to call the clinic.
 *   <li>Choices are numbered; the number after the last entry sends the question to staff.
 *   <li>While the client's escalation waits for staff, their messages are added to it as
 *       follow-ups (small talk still gets its reply). An urgent message added to a non-urgent
 *       escalation becomes a new, urgent escalation instead, so that staff see it first.
 *   <li>Every reply the assistant decides on is recorded in the decision log, before it is acted
 *       on; a follow-up is not a decision.
 * </ul>
 *
 * <p>Not thread-safe: it belongs to one client typing in one terminal. Several conversations (in
 * several processes) may share one store.
 */
public final class ClientConversation {
  /** The platform name console clients are stored under. */
  public static final String PLATFORM = "console";

  private static final Pattern CHOICE = Pattern.compile("#?\\s*(\\d{1,3})\\s*[.)]?");

  private final Assistant assistant;
  private final EscalationStore store;
  private final DecisionLog decisions;
  private final ClientRef client;
  private final Optional<String> urgentLine;
  /** The choices last offered, until the client answers with anything. */
  private Optional<Offer> offer = Optional.empty();

  /** Choices offered for a question. */
  private record Offer(String question, List<Candidate> candidates) {}

  /**
   * @param userId     the client's name on the console; with {@link #PLATFORM}, their key in the
   *                   store
   * @param urgentLine the clinic's phone line for urgent questions, if configured
   */
  public ClientConversation(
      Assistant assistant,
      EscalationStore store,
      DecisionLog decisions,
      String userId,
      Optional<String> urgentLine) {
    this.assistant = Objects.requireNonNull(assistant, "assistant");
    this.store = Objects.requireNonNull(store, "store");
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.client = new ClientRef(PLATFORM, userId, userId);
    this.urgentLine = Objects.requireNonNull(urgentLine, "urgentLine");
  }

  /** What the bot says to {@code line}, one message per element; nothing to an empty line. */
  public List<String> handle(String line) {
    String text = line == null ? "" : line.strip();
    if (text.isEmpty()) {
      return List.of();
    }
    Optional<Offer> offered = offer;
    offer = Optional.empty();
    try {
      if (offered.isPresent()) {
        OptionalInt choice = choice(text);
        if (choice.isPresent()) {
          return choose(offered.get(), choice.getAsInt());
        }
      }
      Reply reply = assistant.decide(text);
      Optional<Escalation> waiting = store.findOpenForClient(PLATFORM, client.userId());
      return waiting.isPresent() ? followUp(waiting.get(), text, reply) : reply(text, reply);
    } catch (EscalationException e) {
      return List.of(ReplyText.troubleOnOurSide(urgentLine));
    }
  }

  /**
   * Staff answers this client has not seen yet, oldest first; each is marked delivered as it is
   * returned (on a terminal, returning it is showing it). One that cannot be marked is returned
   * and comes again next time: shown twice rather than never.
   */
  public List<String> pendingStaffAnswers() {
    List<String> shown = new ArrayList<>();
    try {
      for (Escalation answered : store.undeliveredFor(PLATFORM, client.userId())) {
        answered.answer().ifPresent(
            answer -> shown.add(ReplyText.staffAnswer(answered.question(), answer.text())));
        store.markDelivered(answered.id());
      }
    } catch (EscalationException e) {
      // The rest stay undelivered in the store and are shown at the next prompt.
    }
    return shown;
  }

  private static OptionalInt choice(String text) {
    Matcher matcher = CHOICE.matcher(text);
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  private List<String> choose(Offer offered, int choice) {
    List<Candidate> candidates = offered.candidates();
    if (choice >= 1 && choice <= candidates.size()) {
      Candidate chosen = candidates.get(choice - 1);
      return reply(offered.question(), new Reply.Answer(chosen.entry(), chosen.confidence()));
    }
    if (choice == candidates.size() + 1) {
      return reply(offered.question(), new Reply.Escalate(EscalationReason.NO_MATCH, candidates));
    }
    offer = Optional.of(offered);
    return List.of(ReplyText.notAChoice(candidates.size() + 1));
  }

  private List<String> reply(String question, Reply reply) {
    decisions.record(PLATFORM, client.userId(), reply);
    if (reply instanceof Reply.Answer answer) {
      return List.of(ReplyText.answer(answer.entry()));
    }
    if (reply instanceof Reply.Clarify clarify) {
      offer = Optional.of(new Offer(question, clarify.candidates()));
      return List.of(ReplyText.choices(clarify.candidates()));
    }
    if (reply instanceof Reply.Escalate escalate) {
      return escalate(question, escalate);
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return List.of(smallTalk.text());
    }
    throw new IllegalStateException("unknown reply " + reply);
  }

  /** Stores it first; only then says a person will reply. */
  private List<String> escalate(String question, Reply.Escalate decision) {
    try {
      store.create(NewEscalation.of(client, Origin.console(), question, decision));
    } catch (EscalationException e) {
      return List.of(ReplyText.notPassedOn(decision.urgent(), urgentLine));
    }
    return List.of(ReplyText.passedOn(decision.urgent(), urgentLine));
  }

  private List<String> followUp(Escalation waiting, String text, Reply reply) {
    if (reply instanceof Reply.SmallTalk) {
      return reply(text, reply);
    }
    boolean urgent = reply instanceof Reply.Escalate escalate && escalate.urgent();
    if (urgent && !waiting.urgent()) {
      return reply(text, reply);
    }
    try {
      store.appendFollowUp(waiting.id(), text);
    } catch (IllegalTransitionException answeredMeanwhile) {
      return reply(text, reply); // staff answered since we looked: this is a new question
    }
    return List.of(ReplyText.followUpAdded(waiting.urgent(), urgentLine));
  }
}
