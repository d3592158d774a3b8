package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.DurationText;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqEntry;
import com.clinicfaqbot.search.FaqSearch;
import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * How escalations look to staff on Discord: the summary that starts each escalation's thread (the
 * question, who asked and where, the reason and urgency, the FAQ entries search liked, and the
 * Claim / Answer / Close buttons), the answer form, the lines posted in the thread and the queue.
 * Client text is escaped; the only mention the bot ever sends is the staff role's, on the summary
 * of an urgent escalation.
 */
final class StaffSummary {
  static final String CLAIM = "claim";
  static final String ANSWER = "answer";
  static final String CLOSE = "close";
  /** The answer form's text input. */
  static final String ANSWER_FIELD = "answer";
  /** Room for "Our team replied to your question "…": " in a 2,000-character direct message. */
  static final int MAX_ANSWER = 1_800;

  private static final int QUEUE_SHOWN = 20;
  private static final int QUESTION_IN_QUEUE = 80;
  private static final Color URGENT = new Color(0xD64545);
  private static final Color ROUTINE = new Color(0xE0A526);

  private final FaqSearch faq;
  private final String staffRoleId;

  StaffSummary(FaqSearch faq, String staffRoleId) {
    this.faq = Objects.requireNonNull(faq, "faq");
    this.staffRoleId = Objects.requireNonNull(staffRoleId, "staffRoleId");
  }

  /** The message in the staff channel that the escalation's thread starts from. */
  MessageCreateData summary(Escalation e) {
    EmbedBuilder embed = new EmbedBuilder()
        .setColor(e.urgent() ? URGENT : ROUTINE)
        .setTitle(SafeText.cut(title(e), SafeText.MAX_EMBED_TITLE))
        .setDescription(SafeText.cut(SafeText.escape(e.question()), SafeText.MAX_EMBED_DESCRIPTION))
        .addField("Client", SafeText.cut(SafeText.escape(e.client().displayName()), 200)
            + " (id " + e.client().userId() + ")", true)
        .addField("Where", where(e.origin()), true)
        .addField("Reason", e.reason().code() + (e.urgent() ? " — urgent" : ""), true)
        .addField("FAQ entries considered", SafeText.cut(candidates(e.candidates()), SafeText.MAX_FIELD), false)
        .setFooter("Claim, answer or close with the buttons, or type in the thread: your first message"
            + " there answers the client, later ones are passed on too.");
    MessageCreateBuilder message = SafeText.message()
        .setEmbeds(embed.build())
        .setComponents(ActionRow.of(
            Button.secondary(CustomId.staff(CLAIM, e.id()).toString(), "Claim"),
            Button.primary(CustomId.staff(ANSWER, e.id()).toString(), "Answer"),
            Button.danger(CustomId.staff(CLOSE, e.id()).toString(), "Close")));
    if (e.urgent()) {
      // The one mention the bot sends: this role, on this message.
      message.setContent("<@&" + staffRoleId + "> Urgent question from a client").mentionRoles(staffRoleId);
    } else {
      message.setContent("New question from a client");
    }
    return message.build();
  }

  /** The thread's name: id, urgency, reason, client. */
  String threadName(Escalation e) {
    return SafeText.cut(title(e) + " — " + SafeText.escape(e.client().displayName()), 100);
  }

  /** The form staff answer in. */
  static Modal answerForm(long escalationId) {
    TextInput answer = TextInput.create(ANSWER_FIELD, TextInputStyle.PARAGRAPH)
        .setPlaceholder("What the client will read, by direct message")
        .setRequiredRange(1, MAX_ANSWER)
        .build();
    return Modal.create(CustomId.staff(ANSWER, escalationId).toString(), "Answer escalation #" + escalationId)
        .addComponents(Label.of("Your answer", answer))
        .build();
  }

  /** A client's later message, into the thread. */
  static MessageCreateData followUp(String text) {
    return SafeText.text("**Follow-up from the client:** " + SafeText.escape(text));
  }

  /** A line about what happened (claimed, delivered, delivery failed), into the thread. */
  static MessageCreateData note(String text) {
    return SafeText.text(text);
  }

  /** The open queue, urgent first, as {@code /escalations} shows it. */
  String queue(List<Escalation> queue, Instant now) {
    if (queue.isEmpty()) {
      return "No questions are waiting for the team.";
    }
    List<String> lines = new ArrayList<>();
    lines.add("**" + queue.size() + " waiting** (urgent first, then oldest):");
    for (Escalation e : queue.subList(0, Math.min(queue.size(), QUEUE_SHOWN))) {
      lines.add("**" + e.label() + "** " + (e.urgent() ? "🔴 URGENT · " : "") + e.reason().code() + " · "
          + SafeText.escape(e.client().displayName()) + " · " + DurationText.compact(Duration.between(e.createdAt(), now))
          + " ago · " + e.status().name().toLowerCase(Locale.ROOT) + e.claimedBy().map(s -> " by " + SafeText.escape(s)).orElse("")
          + e.staffRef().map(ref -> " · <#" + ref + ">").orElse("")
          + "\n> " + SafeText.cut(SafeText.escape(e.question().replaceAll("\\s+", " ")), QUESTION_IN_QUEUE));
    }
    if (queue.size() > QUEUE_SHOWN) {
      lines.add("…and " + (queue.size() - QUEUE_SHOWN) + " more (`staff list` on the console shows them all).");
    }
    return SafeText.cut(String.join("\n", lines), SafeText.MAX_CONTENT);
  }

  private static String title(Escalation e) {
    return "Escalation " + e.label() + (e.urgent() ? " · URGENT" : "") + " · " + e.reason().code();
  }

  private static String where(Origin origin) {
    if (origin.kind() == Origin.Kind.DM) {
      return "Direct message to the bot";
    }
    if (origin.kind() == Origin.Kind.CHANNEL) {
      String channel = origin.channelId().map(id -> "<#" + id + ">").orElse("a channel");
      return origin.jumpUrl().map(url -> "[Their message](" + url + ") in " + channel)
          .orElse("/ask in " + channel);
    }
    return "The console";
  }

  private String candidates(List<CandidateRef> candidates) {
    if (candidates.isEmpty()) {
      return "none";
    }
    FaqCatalog catalog = faq.current().catalog();
    List<String> lines = new ArrayList<>();
    for (CandidateRef candidate : candidates) {
      String question = catalog.find(candidate.faqId()).map(FaqEntry::question).orElse("(no longer in the FAQ)");
      lines.add(String.format(Locale.ROOT, "`%s` %.2f — %s", candidate.faqId(), candidate.confidence(), question));
    }
    return String.join("\n", lines);
  }
}
