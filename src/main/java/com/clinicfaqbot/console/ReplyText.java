package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.faq.FaqEntry;
import java.util.List;
import java.util.Optional;

/** How the assistant's replies, and what follows them, read to a client in a terminal. */
public final class ReplyText {
  /** The last of the numbered choices: picking it sends the question to staff. */
  public static final String NONE_OF_THESE = "None of these — ask the clinic";

  static final String FOLLOW_UP_ADDED = "Added to your question for our team.";

  /** A staff answer's quote of the client's question is cut to this length. */
  private static final int QUOTED_QUESTION_CHARS = 80;

  private ReplyText() {}

  /** A reply on its own, as {@code ask} shows it; an escalation is rendered without a phone line. */
  public static String render(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return answer(answer.entry());
    }
    if (reply instanceof Reply.Clarify clarify) {
      return choices(clarify.candidates());
    }
    if (reply instanceof Reply.Escalate escalate) {
      return passedOn(escalate.urgent(), Optional.empty());
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return smallTalk.text();
    }
    throw new IllegalStateException("unknown reply " + reply);
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

  /** Said only once the escalation is stored: a person will reply. */
  static String passedOn(boolean urgent, Optional<String> urgentLine) {
    return urgent
        ? "This is something our team should look at personally, so I've passed it to them and a"
            + " person will reply here. " + callTheClinic(urgentLine)
        : "That's a question for our team: I've passed it on and a person will reply here.";
  }

  static String followUpAdded(boolean urgent, Optional<String> urgentLine) {
    return urgent ? FOLLOW_UP_ADDED + " " + callTheClinic(urgentLine) : FOLLOW_UP_ADDED;
  }

  /** The escalation could not be stored: nobody has it, so the client must not wait for a reply. */
  static String notPassedOn(boolean urgent, Optional<String> urgentLine) {
    String sorry = "Sorry, I couldn't pass your question to our team just now, so nobody has it yet.";
    return urgent
        ? sorry + " Please call the clinic" + on(urgentLine) + " now, or emergency services in an"
            + " emergency."
        : sorry + " Please try again in a moment, or call the clinic" + on(urgentLine) + ".";
  }

  /** The escalation records could not be read or written at all. */
  static String troubleOnOurSide(Optional<String> urgentLine) {
    return "Sorry, something went wrong on our side and I couldn't deal with that message. Please"
        + " try again in a moment, or call the clinic" + on(urgentLine) + ".";
  }

  static String staffAnswer(String question, String answer) {
    return "Our team replied to your question \"" + OneLine.cut(question, QUOTED_QUESTION_CHARS) + "\": "
        + answer;
  }

  private static String callTheClinic(Optional<String> urgentLine) {
    return "If it feels urgent or is getting worse, please call the clinic" + on(urgentLine)
        + ", or emergency services in an emergency.";
  }

  private static String on(Optional<String> urgentLine) {
    return urgentLine.map(line -> " on " + line).orElse("");
  }
}
