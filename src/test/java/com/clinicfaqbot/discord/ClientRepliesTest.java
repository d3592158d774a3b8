package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.config.ClinicSettings;
import com.clinicfaqbot.config.OpeningHours;
import com.clinicfaqbot.desk.DeskOutcome;
import com.clinicfaqbot.desk.DeskReply;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStatus;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.ReplyPromise;
import com.clinicfaqbot.faq.FaqEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The client replies on Discord")
final class ClientRepliesTest {
  private static final String OWNER = "111111111111111111";
  private static final FaqEntry PAIN = entry("pain", "Does it hurt?", "A little.", List.of("numbing-cream"));
  private static final FaqEntry NUMBING = entry("numbing-cream", "Do you use numbing cream?", "Yes.", List.of());

  private final ClientReplies replies = new ClientReplies(
      new ClinicSettings("Bright Skin Clinic", new OpeningHours(ZoneOffset.UTC, Map.of()), Optional.of("780-555-0100")));

  private static FaqEntry entry(String id, String question, String answer, List<String> related) {
    return new FaqEntry(id, question, List.of(), List.of(), answer, related, "test.yaml:1");
  }

  private static List<String> buttonIds(MessageCreateData data) {
    return data.getComponentTree().findAll(Button.class).stream().map(Button::getCustomId).toList();
  }

  @Test
  @DisplayName("An answer is an embed with the question asked in its footer, feedback buttons owned by the asker, and related entries")
  void answer() {
    // WHEN an answer to a question with @everyone in it is rendered for its asker
    MessageCreateData data = replies.reply(
        new DeskReply(new DeskOutcome.Answered(PAIN, List.of(NUMBING)), false), "will it hurt @everyone", OWNER);

    // THEN the embed holds the entry, the footer the defused question, the buttons their owner
    MessageEmbed embed = data.getEmbeds().get(0);
    assertEquals("Does it hurt?", embed.getTitle());
    assertEquals("A little.", embed.getDescription());
    assertEquals("You asked: will it hurt @\u200Beveryone", embed.getFooter().getText());
    assertEquals(List.of("ans:ok:pain:" + OWNER, "ans:no:pain:" + OWNER, "ans:rel:numbing-cream"), buttonIds(data));
    assertEquals("", data.getContent());
  }

  @Test
  @DisplayName("Choices are buttons, the last sending the question to the clinic; a first contact gets the notice on top")
  void choicesWithNotice() {
    // WHEN two close entries are offered to a client the bot has never talked to
    MessageCreateData data = replies.reply(new DeskReply(
        new DeskOutcome.Choices(List.of(new Candidate(PAIN, 0.5), new Candidate(NUMBING, 0.48))), true),
        "does the cream hurt", OWNER);

    // THEN each is a button, then "None of these", under the first-contact notice
    assertEquals(List.of("ans:pick:pain:" + OWNER, "ans:pick:numbing-cream:" + OWNER, "ans:none::" + OWNER), buttonIds(data));
    assertTrue(data.getContent().contains("automated assistant") && data.getContent().contains("not medical advice"),
        data.getContent());
  }

  @Test
  @DisplayName("An urgent escalation says a person will reply by direct message and gives the urgent line")
  void urgentEscalation() {
    // GIVEN an urgent escalation stored for the client
    Escalation stored = new Escalation(3, new ClientRef("discord", OWNER, "Dana"), Origin.directMessage("1", "2"),
        "my face is bleeding", EscalationReason.COMPLICATION, true, List.of(), Instant.EPOCH, EscalationStatus.OPEN,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    // WHEN it is acknowledged
    String line = replies.line(new DeskOutcome.Escalated(stored, new ReplyPromise.Expected.NoHoursKnown()));

    // THEN the line says where the reply comes and whom to call, and nothing of the question
    assertTrue(line.contains("a person will reply by direct message"), line);
    assertTrue(line.contains("780-555-0100"), line);
    assertFalse(line.contains("bleeding"), line);
  }

  @Test
  @DisplayName("The question is read back from the footer as the client wrote it")
  void questionReadBack() {
    // GIVEN the bot's answer to "@everyone does it hurt", as a message
    Message message = mock(Message.class);
    MessageCreateData data = replies.reply(
        new DeskReply(new DeskOutcome.Answered(PAIN, List.of()), false), "@everyone does it hurt", OWNER);
    when(message.getEmbeds()).thenReturn(data.getEmbeds());

    // WHEN a button on it reads the question back; THEN it is the client's own text
    assertEquals(Optional.of("@everyone does it hurt"), ClientReplies.askedQuestion(message));
  }
}
