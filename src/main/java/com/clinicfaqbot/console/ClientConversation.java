package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.desk.DeskOutcome;
import com.clinicfaqbot.desk.Question;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client's conversation on the console: the lines the bot prints for each line they type.
 * What happens to a message (decision log, store before acknowledge, follow-ups) is the
 * {@link ClientDesk}'s; this class keeps the console's own state, the numbered choices last
 * offered, and renders outcomes as text.
 *
 * <p>Not thread-safe: it belongs to one client typing in one terminal. Several conversations (in
 * several processes) may share one store.
 */
public final class ClientConversation {
  /** The platform name console clients are stored under. */
  public static final String PLATFORM = "console";

  private static final Pattern CHOICE = Pattern.compile("#?\\s*(\\d{1,3})\\s*[.)]?");

  private final ClientDesk desk;
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
  public ClientConversation(ClientDesk desk, String userId, Optional<String> urgentLine) {
    this.desk = Objects.requireNonNull(desk, "desk");
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
      return List.of(render(text, desk.ask(question(text)).outcome()));
    } catch (EscalationException e) {
      return List.of(ClientText.troubleOnOurSide(urgentLine));
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
      for (Escalation answered : desk.undeliveredAnswers(client)) {
        answered.answer().ifPresent(
            answer -> shown.add(ClientText.staffAnswer(answered.question(), answer.text())));
        desk.delivered(answered.id());
      }
    } catch (EscalationException e) {
      // The rest stay undelivered in the store and are shown at the next prompt.
    }
    return shown;
  }

  private Question question(String text) {
    return new Question(client, Origin.console(), text);
  }

  private static OptionalInt choice(String text) {
    Matcher matcher = CHOICE.matcher(text);
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  private List<String> choose(Offer offered, int choice) {
    List<Candidate> candidates = offered.candidates();
    if (choice >= 1 && choice <= candidates.size()) {
      Optional<DeskOutcome.Answered> shown = desk.show(client, candidates.get(choice - 1).faqId());
      if (shown.isPresent()) {
        return List.of(render(offered.question(), shown.get()));
      }
    }
    if (choice == candidates.size() + 1) {
      return List.of(render(offered.question(), desk.escalateOnRequest(question(offered.question()), candidates)));
    }
    offer = Optional.of(offered);
    return List.of(ReplyText.notAChoice(candidates.size() + 1));
  }

  private String render(String question, DeskOutcome outcome) {
    if (outcome instanceof DeskOutcome.Answered answered) {
      return ReplyText.answer(answered.entry());
    }
    if (outcome instanceof DeskOutcome.Choices choices) {
      offer = Optional.of(new Offer(question, choices.candidates()));
      return ReplyText.choices(choices.candidates());
    }
    return ClientText.line(outcome, urgentLine, ReplyText.HERE)
        .orElseThrow(() -> new IllegalStateException("unknown outcome " + outcome));
  }
}
