package com.clinicfaqbot.discord;

import java.util.EnumSet;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Every message the bot sends is built here, with mentions switched off: whatever a client wrote
 * ({@code @everyone}, {@code @here}, {@code <@id>}, {@code <@&id>}) stays inert when the bot
 * repeats it. The one exception, the staff role's ping on an urgent escalation, is added by the
 * caller on that one message. Repeated client text is also escaped with a zero-width space, so it
 * does not even look like a mention.
 */
final class SafeText {
  /** Discord's limits. */
  static final int MAX_CONTENT = 2_000;
  static final int MAX_EMBED_TITLE = 256;
  static final int MAX_EMBED_DESCRIPTION = 4_096;
  static final int MAX_FIELD = 1_024;
  static final int MAX_FOOTER = 2_048;
  static final int MAX_BUTTON_LABEL = 80;

  private static final Pattern MENTION_LIKE = Pattern.compile("@(everyone|here)|<(@[!&]?|#)(\\d+)>");
  private static final String ZERO_WIDTH_SPACE = "\u200B";

  private SafeText() {}

  /** Text someone other than the bot wrote, defused: {@code @​everyone}, {@code <​@123>}. */
  static String escape(String text) {
    return MENTION_LIKE.matcher(text).replaceAll(m -> m.group(1) != null
        ? "@" + ZERO_WIDTH_SPACE + m.group(1)
        : "<" + ZERO_WIDTH_SPACE + m.group(2) + m.group(3) + ">");
  }

  /** Text read back from one of the bot's messages, as the client wrote it. */
  static String unescape(String text) {
    return text.replace(ZERO_WIDTH_SPACE, "");
  }

  /** Cut to {@code max} characters, with an ellipsis when cut. */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** A new message that mentions nobody, not even the author of the message it replies to. */
  static MessageCreateBuilder message() {
    return new MessageCreateBuilder()
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false);
  }

  /** A plain text message that mentions nobody. */
  static MessageCreateData text(String content) {
    return message().setContent(cut(content, MAX_CONTENT)).build();
  }

  /** {@code data} as an edit of an existing message (an interaction's reply), mentions still off. */
  static MessageEditData edit(MessageCreateData data) {
    return new MessageEditBuilder()
        .applyCreateData(data)
        .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
        .mentionRepliedUser(false)
        .setReplace(true)
        .build();
  }
}
