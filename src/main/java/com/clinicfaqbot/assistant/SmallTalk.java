package com.clinicfaqbot.assistant;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes messages that are only conversation (greetings, "quick question", thanks, praise,
 * goodbyes, "how are you", "are you a bot?", "ok cool", "never mind", an emoji) and gives the
 * friendly reply. A greeting followed by a question is not small talk: the question gets answered.
 */
public final class SmallTalk {
  /** What kind of conversation a message is: a surface may act on some ("never mind" withdraws). */
  public enum Topic {
    EMPTY, GREETING, THANKS, PRAISE, WELLBEING, GOODBYE, WHO_AM_I, ACKNOWLEDGE, WITHDRAW
  }

  private record Kind(Topic topic, Pattern whole, String reply) {}

  private static final String NAME = "(?: (?:i'?m|im|i am|my name is|name'?s|this is|it'?s) [a-z]+)?";
  private static final String GREETING =
      "(?:h+i+|h+e+y+|hey+a|he+l+o+|hel+o+w*|hallo|hai|heya|hiya|yo|howdy|sup|wassup|good (?:morning|afternoon|evening|day)"
          + "|morning|evening|greetings)(?: (?:there|everyone|all|guys|team|again|friend|bot))?";
  /** "I have a question" said before the question: an opening, not the question. */
  private static final String OPENING =
      "(?:(?:a |one |just a |just one |a quick |a small |a random |a silly |a dumb |one more |another )?"
          + "(?:quick |small |random |silly |dumb |little )?(?:question|q|qn|qq|query)s?(?: for (?:you|u|ya))?"
          + "|i (?:have|got|had) (?:a |one |some |few |a few |a couple )?(?:quick |small |random |silly |dumb )?"
          + "(?:question|q|qn|questions|qs)(?: for (?:you|u|ya))?"
          + "|(?:can|could|may) i ask (?:you |u )?(?:a |some |something|smth|a few |a couple )?(?:quick |small )?(?:question|questions|q|things|stuff)?"
          + "|(?:got|have) a (?:sec|second|minute|min|moment)|(?:are|r) (?:you|u) (?:there|around|online|free)"
          + "|(?:is )?(?:any ?one|any ?body|someone|somebody) (?:there|around|here)|you there|u there|hello\\?*)";
  private static final String POLITE =
      "(?: (?:so much|a lot|again|very much|heaps|guys|u|you|so|sm|that helps|that helped|for (?:the|your) help"
          + "|for helping|for (?:the|that) info|for (?:the|that) answer|for answering|x+|xo+))*";
  private static final String BYE =
      "(?:bye+|goodbye|good bye|bye bye|see (?:ya|you|u)(?: later| soon)?|later|laters|cya|ttyl"
          + "|have a (?:good|great|nice|lovely) (?:day|one|night|evening|weekend)|take care|good ?night|night|gtg"
          + "|got to go|gotta go)";
  private static final String SOFTENER = "(?:(?:lol|haha|ha|lmao|omg|oh|ah|aw+|ok(?:ay)?|wow|hey|so) )*";

  private static final List<Kind> KINDS =
      List.of(
          new Kind(Topic.GREETING,
              Pattern.compile("(?:" + GREETING + "(?: " + GREETING + ")*" + NAME + "(?: " + OPENING + ")?|" + OPENING + ")"),
              "Hi! 👋 I'm the clinic's assistant. What would you like to know about microneedling? How it feels,"
                  + " downtime, makeup, sun, aftercare, results… just ask."),
          new Kind(Topic.THANKS,
              Pattern.compile(SOFTENER + "(?:(?:perfect|great|awesome|amazing|ok|okay|cool|nice|lovely|brilliant|wonderful"
                  + "|super|got it|k) )?(?:thanks?|thank (?:u|you|ya)|thankyou|thanku|thanx|thnx|thnks|thks|thx|ty|tysm|tyvm"
                  + "|cheers|much appreciated|appreciate it|appreciated|many thanks)" + POLITE
                  + "(?: (?:bye|cya|ttyl|have a (?:good|great|nice) (?:day|one)))?"
                  + "|(?:great|perfect|awesome|ok|okay|cool|nice|lovely) (?:that|this) (?:helps|helped|is helpful)"),
              "You're welcome! If anything else comes up, just ask."),
          new Kind(Topic.PRAISE,
              Pattern.compile(SOFTENER + "(?:(?:you'?re|youre|you are|ur|u r|u are|your) (?:so |really |literally |the |a |an )*"
                  + "(?:amazing|awesome|great|best|the best|lifesaver|life saver|star|gem|legend|angel|so helpful|helpful"
                  + "|sweet|lovely|wonderful|brilliant|fantastic|perfect|goat|smart|cute|rock)"
                  + "|(?:you|u) (?:rock|rule)|(?:a |my )?(?:lifesaver|life saver|legend|star|gem|hero)"
                  + "|(?:this is|that'?s|thats|that was|this was) (?:so |really |super |very )*(?:helpful|amazing|great|awesome|useful)"
                  + "|(?:love|loving) (?:this|you|u|it)|(?:great|good|nice|cool|best|amazing) (?:bot|assistant|chat|service|job)"
                  + "|so helpful|very helpful|super helpful|helpful)(?: (?:thanks?|thank (?:u|you)|ty|lol|haha))*"),
              "That's kind of you, thank you! I'm here if you have any other questions."),
          new Kind(Topic.WELLBEING,
              Pattern.compile(SOFTENER + "(?:" + GREETING + " )?(?:how (?:are|r) (?:you|u|ya)(?: (?:doing|today|going))?"
                  + "|how'?s (?:it going|your day|ur day|things|life)(?: going)?|hows (?:it going|your day|ur day|things)(?: going)?"
                  + "|how (?:is|was) (?:your|ur) day(?: going)?|how (?:are|r) things|how (?:you|u) (?:doing|been)"
                  + "|(?:you|u) (?:good|ok|okay|alright)|what'?s up|whats up|wyd|how do you do)"),
              "I'm doing well, thanks for asking! 😊 What can I help you with about microneedling?"),
          new Kind(Topic.GOODBYE,
              Pattern.compile(SOFTENER + "(?:(?:ok(?:ay)?|k|alright|thanks?|thx|ty) )?" + BYE + "(?: " + BYE + ")*"
                  + "(?: (?:thanks?|thank (?:u|you)|ty|thx|x+))*"),
              "Take care! I'm here whenever you have another question."),
          new Kind(Topic.WHO_AM_I,
              Pattern.compile(SOFTENER + "(?:(?:are|r) (?:you|u) (?:a |an )?(?:bot|robot|real|human|person|ai|machine|chat ?bot"
                  + "|computer|real person|real human|actual person|live person)"
                  + "(?: or (?:a |an )?(?:bot|robot|ai|human|person|real person|machine))?"
                  + "|is this (?:a |an )?(?:bot|automated|ai|real person|a real person|human|person|robot|chat ?bot|live)"
                  + "(?: or (?:a |an )?(?:bot|robot|ai|human|person|real person|machine|automated))?"
                  + "|who (?:am i|is this|r u|are u|are you)(?: (?:talking|speaking|chatting) (?:to|with))?"
                  + "|who (?:am i|is this) (?:talking|speaking|chatting) (?:to|with)|who are (?:you|u)|what are (?:you|u)"
                  + "|am i (?:talking|chatting|speaking) (?:to|with) (?:a |an )?(?:bot|robot|human|person|real person|ai|machine)"
                  + "(?: or (?:a |an )?(?:bot|robot|human|person|real person|ai|machine))?"
                  + "|what(?:'?s| is) (?:your|ur) name|(?:are|r) (?:you|u) (?:a )?real (?:person|human)|is this automated)"),
              "I'm the clinic's automated assistant: I answer common questions about microneedling from our FAQ."
                  + " If you'd rather talk to a person, just say \"I'd like to talk to someone\" and I'll pass it to our team."),
          new Kind(Topic.WITHDRAW,
              Pattern.compile(SOFTENER + "(?:never ?mind|nvm|nevermind|nm|forget (?:it|that|about it)|cancel (?:that|it|my question)"
                  + "|it'?s (?:fine|ok|okay|all good|sorted) now|its (?:fine|ok|okay|all good|sorted) now|all good now"
                  + "|(?:i'?m|im) (?:fine|ok|okay|good) now|no need(?: anymore)?|not needed|i figured it out|figured it out"
                  + "|ignore (?:that|it|me|my (?:last )?(?:question|message))|scratch that|stop)"
                  + "(?: (?:thanks?|thank (?:u|you)|ty|sorry|lol|then))*"),
              "No problem! If anything else comes up, just ask."),
          new Kind(Topic.ACKNOWLEDGE,
              Pattern.compile(SOFTENER + "(?:ok(?:ay)?|okk+|okey|k+|kk|cool|nice|great|got it|gotcha|sounds good"
                  + "|alright|all right|perfect|awesome|good to know|makes sense|noted|sure|yes|yep|yeah|yea|ya|no|nope|nah"
                  + "|lol|haha|wow|oh|ah|i see|oh ok|ok cool|cool cool|understood|fair enough|oh nice|oh wow|oh really)"
                  + "(?: (?:lol|haha|then|thanks|cool|ok|okay|good|great|nice))*"),
              "Glad to help! Anything else you'd like to know?"));

  static final String EMPTY_PROMPT =
      "Ask me anything about microneedling: what it feels like, downtime, makeup, sun, aftercare…";
  static final String EMOJI_ONLY_REPLY = "😊 Anything you'd like to know about microneedling?";

  /** A reply with what kind of conversation it answers. */
  public record Chat(Topic topic, String reply) {}

  /** @param normalized text from {@code TextNormalizer.normalize} */
  public Optional<String> replyTo(String normalized) {
    return recognize(normalized).map(Chat::reply);
  }

  /** @param normalized text from {@code TextNormalizer.normalize} */
  public Optional<Chat> recognize(String normalized) {
    String words = withoutTrailingFiller(words(normalized));
    if (words.isEmpty()) {
      return Optional.of(new Chat(Topic.EMPTY, normalized.isBlank() ? EMPTY_PROMPT : EMOJI_ONLY_REPLY));
    }
    for (Kind kind : KINDS) {
      if (kind.whole().matcher(words).matches()) {
        return Optional.of(new Chat(kind.topic(), kind.reply()));
      }
    }
    return Optional.empty();
  }

  /** Chat noise at the end of a message says nothing about what kind of message it is. */
  private static final Pattern TRAILING_FILLER = Pattern.compile("(?: (?:lol|lool|haha+|hehe|lmao|xx+|x|pls|plz|please|tho|though))+$");

  private static String withoutTrailingFiller(String words) {
    return words.indexOf(' ') < 0 ? words : TRAILING_FILLER.matcher(words).replaceFirst("");
  }

  /**
   * The letters, digits and apostrophes of {@code text}, every run of anything else (punctuation,
   * emoji, symbols, spaces) as one space, trimmed: one pass, as every message comes through here.
   */
  static String words(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || c == '\'') {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
