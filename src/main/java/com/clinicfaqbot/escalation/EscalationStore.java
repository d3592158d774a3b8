package com.clinicfaqbot.escalation;

import static com.clinicfaqbot.escalation.Sql.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The escalation queue. Each method is one transaction; each returns the escalation as stored
 * afterwards. When a method returns, its change is on disk.
 *
 * <p>Status changes are compare-and-set: the UPDATE only matches rows whose status allows the
 * action ({@link EscalationAction}), so when two staff members answer at once, in one process or
 * two, the first wins and the second gets an {@link IllegalTransitionException} naming who
 * answered.
 */
public final class EscalationStore {
  private static final String OPEN_FOR_FOLLOW_UPS =
      "status IN (" + EscalationAction.FOLLOW_UP.sqlStatusList() + ")";
  private static final String UNDELIVERED = "answer IS NOT NULL AND delivered = 0";

  private final Database database;
  private final Clock clock;

  public EscalationStore(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Stores a new, open escalation. Tell the client a person will reply only after this returns. */
  public Escalation create(NewEscalation escalation) {
    Objects.requireNonNull(escalation, "escalation");
    return database.write(
        c -> existing(c, EscalationRows.insert(c, escalation, Sql.now(clock))));
  }

  public Optional<Escalation> find(long id) {
    return database.read(c -> EscalationRows.find(c, id));
  }

  /** @throws UnknownEscalationException if there is no such escalation */
  public Escalation get(long id) {
    return database.read(c -> existing(c, id));
  }

  /** The escalation a staff-side thread belongs to. */
  public Optional<Escalation> findByStaffRef(String staffRef) {
    return database.read(
        c -> EscalationRows.list(c, "WHERE staff_ref = ?", staffRef).stream().findFirst());
  }

  /**
   * The client's escalation still waiting for staff (open or claimed), the newest if several: the
   * client's later messages belong there as follow-ups rather than in a new escalation.
   */
  public Optional<Escalation> findOpenForClient(String platform, String userId) {
    return database.read(
        c -> EscalationRows.list(
                c,
                "WHERE client_platform = ? AND client_user_id = ? AND " + OPEN_FOR_FOLLOW_UPS
                    + " ORDER BY created_at DESC, id DESC LIMIT 1",
                platform, userId)
            .stream()
            .findFirst());
  }

  /** What staff still have to answer, open or claimed: urgent first, then oldest first. */
  public List<Escalation> openQueue() {
    return database.read(
        c -> EscalationRows.list(
            c, "WHERE " + OPEN_FOR_FOLLOW_UPS + " ORDER BY urgent DESC, created_at, id"));
  }

  /** Answers that have not reached their client yet, oldest answer first, whatever the status. */
  public List<Escalation> undelivered() {
    return database.read(
        c -> EscalationRows.list(c, "WHERE " + UNDELIVERED + " ORDER BY answered_at, id"));
  }

  /** One client's answers not yet shown to them: the console client shows these at its prompt. */
  public List<Escalation> undeliveredFor(String platform, String userId) {
    return database.read(
        c -> EscalationRows.list(
            c,
            "WHERE client_platform = ? AND client_user_id = ? AND " + UNDELIVERED
                + " ORDER BY answered_at, id",
            platform, userId));
  }

  /** Escalations created in {@code [from, to)}, oldest first: the input of reports. */
  public List<Escalation> createdBetween(Instant from, Instant to) {
    return database.read(
        c -> EscalationRows.list(
            c, "WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id", from, to));
  }

  /** Appends a client's later message; refused once staff have answered or closed it. */
  public Escalation appendFollowUp(long id, String text) {
    Checks.notBlank(text, "text");
    return change(
        id, EscalationAction.FOLLOW_UP, e -> false,
        "INSERT INTO escalation_follow_up (escalation_id, text, created_at)"
            + " SELECT id, ?, ? FROM escalation",
        text, Sql.now(clock));
  }

  /**
   * Marks it as being handled by {@code staff}. Claiming one's own claim again changes nothing;
   * a claim held by someone else is refused naming them.
   */
  public Escalation claim(long id, String staff) {
    Checks.notBlank(staff, "staff");
    return change(
        id, EscalationAction.CLAIM,
        e -> e.status() == EscalationStatus.CLAIMED && e.claimedBy().equals(Optional.of(staff)),
        "UPDATE escalation SET status = 'CLAIMED', claimed_by = ?",
        staff);
  }

  /**
   * Records staff's answer, from open or claimed (a claim is a courtesy, not a lock: a colleague
   * may answer). The answer starts undelivered; see {@link #markDelivered}.
   */
  public Escalation answer(long id, String staff, String text) {
    Checks.notBlank(staff, "staff");
    Checks.notBlank(text, "text");
    return change(
        id, EscalationAction.ANSWER, e -> false,
        "UPDATE escalation SET status = 'ANSWERED', answered_by = ?, answer = ?, answered_at = ?,"
            + " delivered = 0, delivery_attempts = 0, last_delivery_error = NULL",
        staff, text, Sql.now(clock));
  }

  /** Closes it: after the answer, or unanswered as spam or a duplicate. */
  public Escalation close(long id) {
    return change(
        id, EscalationAction.CLOSE, e -> false,
        "UPDATE escalation SET status = 'CLOSED', closed_at = ?",
        Sql.now(clock));
  }

  /** The client has been shown the answer. Marking it again changes nothing. */
  public Escalation markDelivered(long id) {
    return delivery(
        id, "delivered = 1, delivery_attempts = delivery_attempts + 1, last_delivery_error = NULL");
  }

  /**
   * The answer could not reach the client: it stays undelivered, with the error, for a retry or
   * for staff to see. Once delivered, a late failure report changes nothing.
   */
  public Escalation recordDeliveryFailure(long id, String error) {
    Checks.notBlank(error, "error");
    return delivery(
        id, "delivery_attempts = delivery_attempts + 1, last_delivery_error = ?", error);
  }

  /** Links the staff-side thread (e.g. a Discord thread id) to the escalation. */
  public Escalation attachStaffRef(long id, String staffRef) {
    Checks.notBlank(staffRef, "staffRef");
    return database.write(
        c -> {
          Optional<Escalation> holder =
              EscalationRows.list(c, "WHERE staff_ref = ? AND id <> ?", staffRef, id).stream()
                  .findFirst();
          if (holder.isPresent()) {
            throw new EscalationException(
                "staff reference " + staffRef + " already belongs to escalation "
                    + holder.get().label());
          }
          update(c, "UPDATE escalation SET staff_ref = ? WHERE id = ?", staffRef, id);
          return existing(c, id);
        });
  }

  /**
   * Runs {@code statement} (an UPDATE, or an INSERT … SELECT from escalation) restricted to the
   * escalation and to the statuses {@code action} allows. Nothing matched means the status
   * forbids it: refused, unless {@code alreadyDone} says the wanted state is already there.
   */
  private Escalation change(
      long id,
      EscalationAction action,
      Predicate<Escalation> alreadyDone,
      String statement,
      Object... values) {
    String guarded = statement + " WHERE id = ? AND status IN (" + action.sqlStatusList() + ")";
    return database.write(
        c -> {
          int changed = update(c, guarded, append(values, id));
          Escalation current = existing(c, id);
          if (changed == 0 && !alreadyDone.test(current)) {
            throw IllegalTransitionException.refuse(current, action);
          }
          return current;
        });
  }

  private Escalation delivery(long id, String assignments, Object... values) {
    String guarded =
        "UPDATE escalation SET " + assignments + " WHERE id = ? AND " + UNDELIVERED;
    return database.write(
        c -> {
          int changed = update(c, guarded, append(values, id));
          Escalation current = existing(c, id);
          if (changed == 0 && current.answer().isEmpty()) {
            throw new EscalationException(
                "escalation " + current.label() + " has no answer to deliver (it is "
                    + current.status() + ")");
          }
          return current;
        });
  }

  private static Escalation existing(Connection connection, long id) throws SQLException {
    return EscalationRows.find(connection, id).orElseThrow(() -> new UnknownEscalationException(id));
  }

  private static Object[] append(Object[] values, Object last) {
    Object[] all = Arrays.copyOf(values, values.length + 1);
    all[values.length] = last;
    return all;
  }
}
