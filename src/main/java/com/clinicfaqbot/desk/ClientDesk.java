package com.clinicfaqbot.desk;

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
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.search.FaqSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happens to a client's message on any surface, with the escalation store behind it:
 *
 * <ul>
 *   <li>every reply the assistant decides on is recorded in the decision log before it is acted
 *       on (a follow-up is not a decision);
 *   <li>an escalation is stored before the outcome says so, and only {@link DeskOutcome.Escalated}
 *       lets a surface tell the client that a person will reply; if it cannot be stored, the
 *       outcome is {@link DeskOutcome.NotEscalated};
 *   <li>while the client's escalation waits for staff, their messages are added to it as
 *       follow-ups (small talk still gets its reply); an urgent message added to a non-urgent
 *       escalation becomes a new, urgent escalation instead, so that staff see it first.
 * </ul>
 *
 * <p>Thread-safe and stateless: a conversation's state (choices offered, buttons shown) belongs to
 * the surface. Several processes may share one store.
 */
public final class ClientDesk {
  /** The entries an answer suggests next. */
  static final int MAX_RELATED = 3;

  private final Assistant assistant;
  private final FaqSearch faq;
  private final EscalationStore store;
  private final DecisionLog decisions;
  private final ReplyPromise promise;
  /**
   * One lock per stripe of clients: "is a question of theirs waiting? then append, else create"
   * must not interleave for one client, or two quick messages would open two escalations.
   */
  private final Object[] clientLocks = new Object[64];

  public ClientDesk(
      Assistant assistant, FaqSearch faq, EscalationStore store, DecisionLog decisions, ReplyPromise promise) {
    this.assistant = Objects.requireNonNull(assistant, "assistant");
    this.faq = Objects.requireNonNull(faq, "faq");
    this.store = Objects.requireNonNull(store, "store");
    this.decisions = Objects.requireNonNull(decisions, "decisions");
    this.promise = Objects.requireNonNull(promise, "promise");
    for (int i = 0; i < clientLocks.length; i++) {
      clientLocks[i] = new Object();
    }
  }

  private Object lockFor(ClientRef client) {
    return clientLocks[Math.floorMod(Objects.hash(client.platform(), client.userId()), clientLocks.length)];
  }

  /** A client's message: answered, offered choices, escalated, or added to their waiting question. */
  public DeskReply ask(Question question) {
    ClientRef client = question.client();
    Reply reply = assistant.decide(question.text());
    try {
      synchronized (lockFor(client)) {
        boolean firstContact = !decisions.hasDecisions(client.platform(), client.userId());
        Optional<Escalation> waiting = store.findOpenForClient(client.platform(), client.userId());
        DeskOutcome outcome =
            waiting.isPresent() ? followUp(waiting.get(), question, reply) : act(question, reply);
        return new DeskReply(outcome, firstContact);
      }
    } catch (EscalationException e) {
      return new DeskReply(new DeskOutcome.Trouble(), false);
    }
  }

  /**
   * The client picked an entry they were offered (a choice, a related entry): its answer, recorded
   * as the assistant's; empty if the FAQ no longer has it.
   */
  public Optional<DeskOutcome.Answered> show(ClientRef client, String faqId) {
    Optional<FaqEntry> entry = catalog().find(faqId);
    entry.ifPresent(e -> decisions.record(client.platform(), client.userId(), new Reply.Answer(e, 1.0)));
    return entry.map(this::answered);
  }

  /**
   * The client asked for a person about {@code question} after seeing {@code shown} (none of the
   * choices fit, or the answer was not what they asked): escalated as no-match, with the entries
   * shown as the candidates.
   */
  public DeskOutcome escalateOnRequest(Question question, List<Candidate> shown) {
    try {
      synchronized (lockFor(question.client())) {
        return act(question, new Reply.Escalate(EscalationReason.NO_MATCH, shown));
      }
    } catch (EscalationException e) {
      return new DeskOutcome.Trouble();
    }
  }

  /**
   * Like {@link #escalateOnRequest(Question, List)} when the surface kept only the ids of the
   * entries shown: they come first among the candidates, with the confidence the assistant gives
   * them for the question now.
   */
  public DeskOutcome escalateOnRequestById(Question question, List<String> shownIds) {
    List<Candidate> considered = candidatesOf(assistant.decide(question.text()));
    List<Candidate> ordered = new ArrayList<>();
    FaqCatalog catalog = catalog();
    for (String id : shownIds) {
      considered.stream()
          .filter(c -> c.faqId().equals(id))
          .findFirst()
          .or(() -> catalog.find(id).map(entry -> new Candidate(entry, 0.0)))
          .ifPresent(ordered::add);
    }
    considered.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
    return escalateOnRequest(question, ordered.subList(0, Math.min(ordered.size(), NewEscalation.MAX_CANDIDATES)));
  }

  /** A client's "helpful" or "not what I asked" on an answer. */
  public void feedback(ClientRef client, String faqId, boolean helpful) {
    decisions.recordFeedback(client.platform(), client.userId(), faqId, helpful);
  }

  /** Staff answers this client has not been shown yet, oldest first. */
  public List<Escalation> undeliveredAnswers(ClientRef client) {
    return store.undeliveredFor(client.platform(), client.userId());
  }

  /** The client has been shown the answer of escalation {@code id}. */
  public void delivered(long id) {
    store.markDelivered(id);
  }

  private DeskOutcome act(Question question, Reply reply) {
    ClientRef client = question.client();
    decisions.record(client.platform(), client.userId(), reply);
    if (reply instanceof Reply.Answer answer) {
      return answered(answer.entry());
    }
    if (reply instanceof Reply.Clarify clarify) {
      return new DeskOutcome.Choices(clarify.candidates());
    }
    if (reply instanceof Reply.Escalate escalate) {
      return escalate(question, escalate);
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return new DeskOutcome.Chat(smallTalk.text());
    }
    throw new IllegalStateException("unknown reply " + reply);
  }

  /** Stores it first; only a stored escalation is reported as escalated. */
  private DeskOutcome escalate(Question question, Reply.Escalate decision) {
    Escalation stored;
    try {
      stored = store.create(NewEscalation.of(question.client(), question.origin(), question.text(), decision));
    } catch (EscalationException e) {
      return new DeskOutcome.NotEscalated(decision.urgent());
    }
    return new DeskOutcome.Escalated(stored, promise.now());
  }

  private DeskOutcome followUp(Escalation waiting, Question question, Reply reply) {
    if (reply instanceof Reply.SmallTalk) {
      return act(question, reply);
    }
    boolean urgent = reply instanceof Reply.Escalate escalate && escalate.urgent();
    if (urgent && !waiting.urgent()) {
      return act(question, reply);
    }
    try {
      return new DeskOutcome.FollowUpAdded(store.appendFollowUp(waiting.id(), question.text()), question.text());
    } catch (IllegalTransitionException answeredMeanwhile) {
      return act(question, reply); // staff answered since we looked: this is a new question
    }
  }

  private DeskOutcome.Answered answered(FaqEntry entry) {
    FaqCatalog catalog = catalog();
    List<FaqEntry> related = entry.related().stream()
        .map(catalog::find)
        .flatMap(Optional::stream)
        .limit(MAX_RELATED)
        .toList();
    return new DeskOutcome.Answered(entry, related);
  }

  private static List<Candidate> candidatesOf(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return List.of(new Candidate(answer.entry(), answer.confidence()));
    }
    if (reply instanceof Reply.Clarify clarify) {
      return clarify.candidates();
    }
    if (reply instanceof Reply.Escalate escalate) {
      return escalate.candidates();
    }
    return List.of();
  }

  private FaqCatalog catalog() {
    return faq.current().catalog();
  }
}
