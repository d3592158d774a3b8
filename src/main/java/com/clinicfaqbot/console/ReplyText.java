package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.faq.FaqEntry;
import java.util.List;

/**
 * How the assistant's replies read to a client in a terminal: an entry as its question and answer,
 * choices as numbered lines. The sentences every surface shares are {@link ClientText}'s.
 */
public final class ReplyText {
  /** The last of the numbered choices: picking it sends the question to staff. */
  public static final String NONE_OF_THESE = ClientText.NONE_OF_THESE;

  /** Where a console client reads staff's reply. */
  static final String HERE = "here";

  private ReplyText() {}

  /**
   * A reply on its own, as {@code ask} shows it. An escalation says where it would go rather than
   * promising a reply: {@code ask} stores nothing, so nobody would answer.
   */
  public static String render(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return answer(answer.entry());
    }
    if (reply instanceof Reply.Clarify clarify) {
      return choices(clarify.candidates());
    }
    if (reply instanceof Reply.Escalate escalate) {
      return wouldEscalate(escalate);
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return smallTalk.text();
    }
    throw new IllegalStateException("unknown reply " + reply);
  }

  static String wouldEscalate(Reply.Escalate escalate) {
    return "Would go to staff" + (escalate.urgent() ? " as urgent" : "") + " (" + escalate.reason().code() + ")."
        + " ask stores nothing, so nobody will reply; in chat or on Discord the question would be passed to the"
        + " clinic's team.";
  }

  static String answer(FaqEntry entry) {
    return entry.question() + "\n" + entry.answer();
  }

  /** The candidates numbered from 1, then {@link #NONE_OF_THESE} as the last number. */
  static String choices(List<Candidate> candidates) {
    StringBuilder text = new StringBuilder("Did you mean one of these? Reply with its number:");
    int n = 1;
    for (Candidate candidate : candidates) {
      text.append("\n  ").append(n++).append(". ").append(candidate.entry().question());
    }
    return text.append("\n  ").append(n).append(". ").append(NONE_OF_THESE).toString();
  }

  static String notAChoice(int choices) {
    return "Please reply with a number from 1 to " + choices + ", or ask another question.";
  }
}
