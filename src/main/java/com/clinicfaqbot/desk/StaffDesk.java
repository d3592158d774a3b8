package com.clinicfaqbot.desk;

import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.EscalationStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Staff's side of the escalation queue for a chat surface, where staff work in a thread per
 * escalation: claiming, answering (the first message answers, later ones are passed on),
 * closing, and keeping the answer's delivery on record. Refusals carry the store's message, which
 * names the escalation and who holds it.
 */
public final class StaffDesk {
  private final EscalationStore store;

  public StaffDesk(EscalationStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** @throws EscalationException when the status forbids it (e.g. someone else claimed it) */
  public Escalation claim(long id, String staff) {
    return store.claim(id, staff);
  }

  /** @throws EscalationException when it is already closed, or unknown */
  public Escalation close(long id) {
    return store.close(id);
  }

  /** The answer written in a form: refused once someone has answered. */
  public StaffOutcome answer(long id, String staff, String text) {
    if (text.isBlank()) {
      return new StaffOutcome.Refused("an empty answer was not sent");
    }
    try {
      return new StaffOutcome.Answered(store.answer(id, staff, text.strip()));
    } catch (EscalationException e) {
      return new StaffOutcome.Refused(e.getMessage());
    }
  }

  /**
   * A message staff typed in the escalation's thread: the first answers it, later ones (after the
   * answer) are passed on to the client; nothing is passed on once it is closed.
   */
  public StaffOutcome answerOrForward(long id, String staff, String text) {
    if (text.isBlank()) {
      return new StaffOutcome.Refused("an empty message was not sent");
    }
    try {
      Escalation current = store.get(id);
      if (current.status() == EscalationStatus.OPEN || current.status() == EscalationStatus.CLAIMED) {
        StaffOutcome answered = answer(id, staff, text);
        if (answered instanceof StaffOutcome.Answered) {
          return answered;
        }
        current = store.get(id); // answered by a colleague meanwhile: pass this on as well
      }
      if (current.status() == EscalationStatus.ANSWERED) {
        return new StaffOutcome.Forwarded(current, text.strip());
      }
      return new StaffOutcome.Refused("escalation " + current.label() + " is closed: this message was not sent"
          + " to the client");
    } catch (EscalationException e) {
      return new StaffOutcome.Refused(e.getMessage());
    }
  }

  public Optional<Escalation> find(long id) {
    return store.find(id);
  }

  /** The escalation whose staff thread this is. */
  public Optional<Escalation> byStaffRef(String staffRef) {
    return store.findByStaffRef(staffRef);
  }

  public Escalation attachStaffRef(long id, String staffRef) {
    return store.attachStaffRef(id, staffRef);
  }

  /** Open or claimed: urgent first, then oldest first. */
  public List<Escalation> queue() {
    return store.openQueue();
  }

  /** Waiting for staff without a staff thread yet (e.g. the bot stopped before opening it). */
  public List<Escalation> withoutStaffRef() {
    return store.openQueue().stream().filter(e -> e.staffRef().isEmpty()).toList();
  }

  /**
   * Answers for {@code platform}'s clients that nobody has tried to deliver yet: given on another
   * surface (the staff console), or stored just before the bot stopped.
   */
  public List<Escalation> undeliveredUntried(String platform) {
    return store.undelivered().stream()
        .filter(e -> e.client().platform().equals(platform))
        .filter(e -> e.answer().map(a -> a.deliveryAttempts() == 0).orElse(false))
        .toList();
  }

  /** The client has been shown the answer. */
  public Escalation delivered(long id) {
    return store.markDelivered(id);
  }

  /** The answer could not reach the client; it stays undelivered, with {@code error}. */
  public Escalation deliveryFailed(long id, String error) {
    return store.recordDeliveryFailure(id, error);
  }
}
