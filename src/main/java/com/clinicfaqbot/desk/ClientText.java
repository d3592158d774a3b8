package com.clinicfaqbot.desk;

import com.clinicfaqbot.escalation.ForgetResult;
import com.clinicfaqbot.escalation.ReplyPromise;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says to a client on every surface, in one place: the console and Discord render
 * outcomes differently (lines of text, embeds and buttons), but the sentences are the same.
 */
public final class ClientText {
  /** The choice that sends the question to staff when none of the offered entries fits. */
  public static final String NONE_OF_THESE = "None of these — ask the clinic";

  static final String FOLLOW_UP_ADDED = "Added to your question for our team.";

  /** A staff answer's quote of the client's question is cut to this length. */
  private static final int QUOTED_QUESTION_CHARS = 80;

  private ClientText() {}

  /**
   * What a client is told for the outcomes every surface says in one line: small talk, an
   * escalation, a follow-up, a failure. Empty for an answer or choices, which each surface shows
   * its own way.
   *
   * @param where where staff's reply will arrive, e.g. "here" or "by direct message"
   */
  public static Optional<String> line(DeskOutcome outcome, Optional<String> urgentLine, String where) {
    if (outcome instanceof DeskOutcome.Chat chat) {
      return Optional.of(chat.text());
    }
    if (outcome instanceof DeskOutcome.Escalated escalated) {
      return Optional.of(passedOn(escalated.escalation().urgent(), urgentLine, where,
          ReplyPromise.sentence(escalated.expected())));
    }
    if (outcome instanceof DeskOutcome.NotEscalated notEscalated) {
      return Optional.of(notPassedOn(notEscalated.urgent(), urgentLine));
    }
    if (outcome instanceof DeskOutcome.FollowUpAdded added) {
      return Optional.of(followUpAdded(added.escalation().urgent(), urgentLine));
    }
    if (outcome instanceof DeskOutcome.Trouble) {
      return Optional.of(troubleOnOurSide(urgentLine));
    }
    if (outcome instanceof DeskOutcome.Answered || outcome instanceof DeskOutcome.Choices) {
      return Optional.empty();
    }
    throw new IllegalStateException("unknown outcome " + outcome);
  }

  /**
   * Said only once the escalation is stored: a person will reply.
   *
   * @param where   where the reply will arrive, e.g. "here" or "by direct message"
   * @param promise when, from the opening hours (see {@code ReplyPromise}), if known
   */
  public static String passedOn(boolean urgent, Optional<String> urgentLine, String where, Optional<String> promise) {
    String text = urgent
        ? "This is something our team should look at personally, so I've passed it to them and a"
            + " person will reply " + where + ". " + callTheClinic(urgentLine)
        : "That's a question for our team: I've passed it on and a person will reply " + where + ".";
    return promise.map(sentence -> text + " " + sentence).orElse(text);
  }

  public static String followUpAdded(boolean urgent, Optional<String> urgentLine) {
    return urgent ? FOLLOW_UP_ADDED + " " + callTheClinic(urgentLine) : FOLLOW_UP_ADDED;
  }

  /** The escalation could not be stored: nobody has it, so the client must not wait for a reply. */
  public static String notPassedOn(boolean urgent, Optional<String> urgentLine) {
    String sorry = "Sorry, I couldn't pass your question to our team just now, so nobody has it yet.";
    return urgent
        ? sorry + " Please call the clinic" + on(urgentLine) + " now, or emergency services in an"
            + " emergency."
        : sorry + " Please try again in a moment, or call the clinic" + on(urgentLine) + ".";
  }

  /** Something failed on the bot's side: the records could not be read or written at all. */
  public static String troubleOnOurSide(Optional<String> urgentLine) {
    return "Sorry, something went wrong on our side and I couldn't deal with that message. Please"
        + " try again in a moment, or call the clinic" + on(urgentLine) + ".";
  }

  /** Staff's answer, quoting the start of the client's question so they know which one. */
  public static String staffAnswer(String question, String answer) {
    return "Our team replied to your question \"" + OneLine.cut(question, QUOTED_QUESTION_CHARS) + "\": "
        + answer;
  }

  /** Staff's further message after their answer. */
  public static String staffFollowUp(String text) {
    return "More from our team: " + text;
  }

  /**
   * Staff's reply posted in the channel where a non-urgent question was asked, because the client
   * cannot get direct messages.
   *
   * @param name the client's name when the post does not reply to their message, else empty
   */
  public static String answeredInChannel(String name, String answer) {
    return (name.isEmpty() ? "Our team has answered you: " : "Our team has answered " + name + "'s question: ")
        + answer;
  }

  /**
   * Asks a client to open their direct messages, without a word about their question.
   *
   * @param name the client's name when the post does not reply to their message, else empty
   */
  public static String openYourDirectMessages(String name) {
    return (name.isEmpty() ? "" : name + ", ") + "our team has replied to you privately, but I can't send you a"
        + " direct message. Please allow direct messages from this server's members (the server's Privacy"
        + " Settings), then send me any message and I'll pass the reply on.";
  }

  /** Said once to a client the bot has never talked to: what it is, and what it is not. */
  public static String firstContactNotice(String clinic, Optional<String> urgentLine) {
    return "I'm " + clinic + "'s automated assistant: I answer from the clinic's FAQ, which is general"
        + " information, not medical advice. For an urgent problem, call the clinic" + on(urgentLine)
        + " or emergency services.";
  }

  /** In public, after an urgent reply went by direct message: nothing about the question. */
  public static String sentPrivately() {
    return "Thanks — I've sent you a direct message.";
  }

  /** An urgent reply that could not go privately: nothing about the question is repeated in public. */
  public static String followingUpPrivately() {
    return "Thanks — our team will follow up with you privately.";
  }

  public static String tooLong(int maxChars) {
    return "That's a long message! Please ask in under " + maxChars + " characters, one question at a"
        + " time.";
  }

  public static String tooSoon(long seconds) {
    return "One moment, please: you can ask again in " + seconds + " second" + (seconds == 1 ? "" : "s") + ".";
  }

  /** A message with nothing to answer in it (e.g. only a mention of the bot). */
  public static String howToAsk(String clinic) {
    return "Hi! I'm " + clinic + "'s assistant. Ask me anything about microneedling, for example"
        + " \"does it hurt?\"";
  }

  /** What "forget me" deleted, in words. */
  public static String forgotten(ForgetResult result) {
    if (result.total() == 0) {
      return "Done. There was nothing stored about you.";
    }
    List<String> parts = new ArrayList<>();
    count(parts, result.escalations(), "question for our team", "questions for our team");
    count(parts, result.followUps(), "follow-up message", "follow-up messages");
    count(parts, result.decisions(), "record of the assistant's replies", "records of the assistant's replies");
    count(parts, result.feedback(), "feedback vote", "feedback votes");
    return "Done. I deleted everything stored about you: " + String.join(", ", parts) + ".";
  }

  private static void count(List<String> parts, int n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }

  private static String callTheClinic(Optional<String> urgentLine) {
    return "If it feels urgent or is getting worse, please call the clinic" + on(urgentLine)
        + ", or emergency services in an emergency.";
  }

  private static String on(Optional<String> urgentLine) {
    return urgentLine.map(line -> " on " + line).orElse("");
  }
}
