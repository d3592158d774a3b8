package com.clinicfaqbot.discord;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.config.ClinicSettings;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.desk.DeskOutcome;
import com.clinicfaqbot.desk.DeskReply;
import com.clinicfaqbot.faq.FaqEntry;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * How the desk's outcomes look to a client on Discord: an answer as an embed (the entry's question
 * and answer) with feedback buttons and up to three related entries, choices as buttons with
 * "None of these — ask the clinic", everything else as a line of text. The client's question
 * rides along in the embed's footer, so that the buttons still know it after a restart.
 */
final class ClientReplies {
  static final String HELPFUL = "ok";
  static final String NOT_WHAT_I_ASKED = "no";
  static final String RELATED = "rel";
  static final String PICK = "pick";
  static final String NONE = "none";

  /** Where staff's reply reaches a Discord client. */
  static final String BY_DIRECT_MESSAGE = "by direct message";

  private static final String ASKED = "You asked: ";
  private static final Color CLINIC_COLOR = new Color(0x5B8DEF);

  private final ClinicSettings clinic;

  ClientReplies(ClinicSettings clinic) {
    this.clinic = Objects.requireNonNull(clinic, "clinic");
  }

  /** The reply to a question, with the first-contact notice above it when it is due. */
  MessageCreateData reply(DeskReply reply, String question, String owner) {
    MessageCreateBuilder message = outcome(reply.outcome(), question, owner);
    if (reply.firstContact()) {
      String rest = message.getContent();
      message.setContent(SafeText.cut(notice() + (rest.isEmpty() ? "" : "\n\n" + rest), SafeText.MAX_CONTENT));
    }
    return message.build();
  }

  /** An outcome, its buttons owned by {@code owner}, the Discord user who asked {@code question}. */
  MessageCreateBuilder outcome(DeskOutcome outcome, String question, String owner) {
    if (outcome instanceof DeskOutcome.Answered answered) {
      return answer(answered, question, owner);
    }
    if (outcome instanceof DeskOutcome.Choices choices) {
      return choices(choices.candidates(), question, owner);
    }
    return SafeText.message().setContent(SafeText.cut(line(outcome), SafeText.MAX_CONTENT));
  }

  /** A related entry someone clicked: just the entry and its own related entries. */
  MessageCreateData related(DeskOutcome.Answered answered) {
    MessageCreateBuilder message = SafeText.message().setEmbeds(entry(answered.entry()).build());
    relatedButtons(answered.related()).ifPresent(message::setComponents);
    return message.build();
  }

  /** The one-line outcomes: small talk, escalations, follow-ups and failures. */
  String line(DeskOutcome outcome) {
    return ClientText.line(outcome, clinic.urgentLine(), BY_DIRECT_MESSAGE)
        .orElse("Did you mean one of the FAQ's questions? Please ask again in your own words.");
  }

  String notice() {
    return ClientText.firstContactNotice(clinic.name(), clinic.urgentLine());
  }

  String trouble() {
    return ClientText.troubleOnOurSide(clinic.urgentLine());
  }

  /** The question a client asked, read back from the footer of the bot's reply. */
  static Optional<String> askedQuestion(Message message) {
    return message.getEmbeds().stream()
        .map(MessageEmbed::getFooter)
        .filter(Objects::nonNull)
        .map(MessageEmbed.Footer::getText)
        .filter(text -> text != null && text.startsWith(ASKED))
        .map(text -> SafeText.unescape(text.substring(ASKED.length())))
        .filter(text -> !text.isBlank())
        .findFirst();
  }

  private MessageCreateBuilder answer(DeskOutcome.Answered answered, String question, String owner) {
    String id = answered.entry().id();
    List<ActionRow> rows = new ArrayList<>();
    List<Button> feedback = new ArrayList<>();
    button(feedback, CustomId.answer(HELPFUL, id, owner), "👍 Helpful", false);
    button(feedback, CustomId.answer(NOT_WHAT_I_ASKED, id, owner), "👎 Not what I asked", false);
    if (!feedback.isEmpty()) {
      rows.add(ActionRow.of(feedback));
    }
    relatedButtons(answered.related()).ifPresent(rows::add);
    return SafeText.message()
        .setEmbeds(entry(answered.entry()).setFooter(footer(question)).build())
        .setComponents(rows);
  }

  private MessageCreateBuilder choices(List<Candidate> candidates, String question, String owner) {
    List<Button> buttons = new ArrayList<>();
    for (Candidate candidate : candidates) {
      button(buttons, CustomId.answer(PICK, candidate.faqId(), owner), candidate.entry().question(), true);
    }
    button(buttons, CustomId.answer(NONE, "", owner), ClientText.NONE_OF_THESE, false);
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(CLINIC_COLOR)
        .setTitle("Did you mean one of these?")
        .setDescription("Pick the question closest to yours, or send it to our team.")
        .setFooter(footer(question));
    return SafeText.message().setEmbeds(embed.build()).setComponents(ActionRow.of(buttons));
  }

  private static Optional<ActionRow> relatedButtons(List<FaqEntry> related) {
    List<Button> buttons = new ArrayList<>();
    for (FaqEntry entry : related) {
      button(buttons, CustomId.answer(RELATED, entry.id(), ""), entry.question(), true);
    }
    return buttons.isEmpty() ? Optional.empty() : Optional.of(ActionRow.of(buttons));
  }

  private static void button(List<Button> buttons, CustomId id, String label, boolean secondary) {
    if (id.fits()) {
      String text = SafeText.cut(label, SafeText.MAX_BUTTON_LABEL);
      buttons.add(secondary ? Button.secondary(id.toString(), text) : Button.primary(id.toString(), text));
    }
  }

  private static EmbedBuilder entry(FaqEntry entry) {
    return new EmbedBuilder()
        .setColor(CLINIC_COLOR)
        .setTitle(SafeText.cut(entry.question(), SafeText.MAX_EMBED_TITLE))
        .setDescription(SafeText.cut(entry.answer(), SafeText.MAX_EMBED_DESCRIPTION));
  }

  private static String footer(String question) {
    return SafeText.cut(ASKED + SafeText.escape(question.strip()), SafeText.MAX_FOOTER);
  }
}
