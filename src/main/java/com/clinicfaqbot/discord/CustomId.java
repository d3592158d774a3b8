package com.clinicfaqbot.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * What a button or modal is for, written into its custom id ({@code scope:action:subject:owner},
 * e.g. {@code esc:claim:42}, {@code ans:no:pain:1234}) so that it works after a restart: the
 * state is in the store, the id only says where to look.
 *
 * @param scope   {@code esc} (staff, on an escalation), {@code ans} (a client, on an answer or
 *                choices) or {@code forget} (a client, on forgetting them)
 * @param action  what to do, e.g. {@code claim}, {@code pick}
 * @param subject the escalation id or FAQ entry id, or empty
 * @param owner   the Discord user the buttons belong to, or empty when anyone (with the right role)
 *                may use them
 */
record CustomId(String scope, String action, String subject, String owner) {
  static final String STAFF = "esc";
  static final String ANSWER = "ans";
  static final String FORGET = "forget";

  /** Discord's limit on a custom id. */
  static final int MAX_LENGTH = 100;

  CustomId {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(owner, "owner");
  }

  static CustomId staff(String action, long escalationId) {
    return new CustomId(STAFF, action, Long.toString(escalationId), "");
  }

  static CustomId answer(String action, String faqId, String owner) {
    return new CustomId(ANSWER, action, faqId, owner);
  }

  static CustomId forget(String action, String owner) {
    return new CustomId(FORGET, action, "", owner);
  }

  static Optional<CustomId> parse(String id) {
    String[] parts = id == null ? new String[0] : id.split(":", -1);
    if (parts.length != 4 && parts.length != 3) {
      return Optional.empty();
    }
    return Optional.of(new CustomId(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : ""));
  }

  /** The escalation id of a staff custom id, if it is one. */
  Optional<Long> escalationId() {
    try {
      return scope.equals(STAFF) ? Optional.of(Long.parseLong(subject)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code userId} may use it: anyone when it has no owner. */
  boolean ownedBy(String userId) {
    return owner.isEmpty() || owner.equals(userId);
  }

  boolean fits() {
    return toString().length() <= MAX_LENGTH;
  }

  @Override
  public String toString() {
    return owner.isEmpty() ? scope + ":" + action + ":" + subject : scope + ":" + action + ":" + subject + ":" + owner;
  }
}
