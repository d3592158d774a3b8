package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.Reply;

/** How a reply reads in a terminal. */
public final class ReplyText {
  private ReplyText() {}

  public static String render(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return answer.entry().question() + "\n" + answer.entry().answer();
    }
    if (reply instanceof Reply.Clarify clarify) {
      StringBuilder text = new StringBuilder("Did you mean one of these? Reply with its number:");
      int n = 1;
      for (Candidate candidate : clarify.candidates()) {
        text.append("\n  ").append(n++).append(". ").append(candidate.entry().question());
      }
      return text.append("\n  ").append(n).append(". None of these: ask the clinic").toString();
    }
    if (reply instanceof Reply.Escalate escalate) {
      return escalate.urgent()
          ? "This is something our team should look at personally, so I've passed it to them and a person"
              + " will reply here. If it feels urgent or is getting worse, please call the clinic, or"
              + " emergency services in an emergency."
          : "That's a question for our team: I've passed it on and a person will reply here.";
    }
    if (reply instanceof Reply.SmallTalk smallTalk) {
      return smallTalk.text();
    }
    throw new IllegalStateException("unknown reply " + reply);
  }
}
