package com.clinicfaqbot.assistant;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes messages that are only conversation (greetings, thanks, goodbyes, "are you a bot?",
 * "ok cool", an emoji) and gives the friendly reply. A greeting followed by a question is not
 * small talk: the question gets answered.
 */
public final class SmallTalk {
  private record Kind(Pattern whole, String reply) {}

  private static final String NAME = "(?: (?:i'?m|im|i am|my name is|this is|it'?s) [a-z]+)?";
  private static final String GREETING =
      "(?:hi+|hey+|hello+|heya|hiya|yo|howdy|sup|good (?:morning|afternoon|evening|day))(?: there| everyone| all)?";
  private static final String POLITE = "(?: (?:so much|a lot|again|very much|heaps|guys|u|you|that helps|that helped))*";

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              Pattern.compile(GREETING + "(?: " + GREETING + ")*" + NAME),
              "Hi! 👋 I'm the clinic's assistant. Ask me anything about microneedling: how it feels,"
                  + " downtime, makeup, sun, aftercare, results…"),
          new Kind(
              Pattern.compile("(?:(?:perfect|great|awesome|amazing|ok|okay|cool|nice|lovely|brilliant|wonderful)"
                  + " )?(?:thanks?|thank (?:u|you)|thx|ty|tysm|cheers|much appreciated|appreciate it)" + POLITE
                  + "|(?:great|perfect|awesome|ok|okay|cool|nice|lovely) (?:that|this) (?:helps|helped|is helpful)"),
              "You're welcome! If anything else comes up, just ask."),
          new Kind(
              Pattern.compile("(?:ok(?:ay)? )?(?:bye+|goodbye|good bye|see (?:ya|you)(?: later)?|later|cya|ttyl"
                  + "|have a (?:good|great|nice) (?:day|one|night|evening|weekend)|take care|good ?night)"),
              "Take care! I'm here whenever you have another question."),
          new Kind(
              Pattern.compile("(?:are|r) (?:you|u) (?:a )?(?:bot|robot|real|human|person|ai|machine|chat ?bot)"
                  + "|is this (?:a )?(?:bot|automated|ai|real person|a real person|human)|who (?:am i|is this)"
                  + " (?:talking|speaking|chatting) (?:to|with)|who are (?:you|u)|what are (?:you|u)"
                  + "|am i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:bot|robot|human|person|real person|ai|machine)"
                  + "|what(?:'?s| is) (?:your|ur) name|(?:are|r) (?:you|u) (?:a )?real (?:person|human)"),
              "I'm the clinic's automated assistant: I answer common questions about microneedling from"
                  + " our FAQ, and pass anything else to our team, who will reply to you here."),
          new Kind(
              Pattern.compile("(?:(?:lol|haha|ha|lmao) )?(?:ok(?:ay)?|k|kk|cool|nice|great|got it|gotcha|sounds good"
                  + "|alright|all right|perfect|awesome|good to know|makes sense|noted|sure|yes|yep|yeah|no|nope"
                  + "|lol|haha|wow|oh|ah|i see|oh ok|ok cool|cool cool)(?: (?:lol|haha|then|thanks|cool|ok))?"),
              "Glad to help! Anything else you'd like to know?"));

  /** Everything that is neither a letter nor a digit: punctuation, emoji, symbols. */
  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}' ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final String EMPTY_PROMPT =
      "Ask me anything about microneedling: what it feels like, downtime, makeup, sun, aftercare…";
  static final String EMOJI_ONLY_REPLY = "😊 Anything you'd like to know about microneedling?";

  /** @param normalized text from {@code TextNormalizer.normalize} */
  public Optional<String> replyTo(String normalized) {
    String words = SPACES.matcher(NOT_WORDS.matcher(normalized).replaceAll(" ")).replaceAll(" ").strip();
    if (words.isEmpty()) {
      return Optional.of(normalized.isBlank() ? EMPTY_PROMPT : EMOJI_ONLY_REPLY);
    }
    for (Kind kind : KINDS) {
      if (kind.whole().matcher(words).matches()) {
        return Optional.of(kind.reply());
      }
    }
    return Optional.empty();
  }
}
