package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.escalation.ClientDataEraser;
import com.clinicfaqbot.escalation.ForgetResult;
import java.util.Objects;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /forget-me}: an ephemeral question with a confirm button; on confirm, everything stored
 * about the client (escalations with their follow-ups, the decision log, feedback) is deleted and
 * the client is told what, in counts.
 */
final class ForgetMe {
  static final String YES = "yes";
  static final String NO = "no";

  private static final Logger LOG = LoggerFactory.getLogger(ForgetMe.class);

  private final ClientDataEraser eraser;

  ForgetMe(ClientDataEraser eraser) {
    this.eraser = Objects.requireNonNull(eraser, "eraser");
  }

  /** The confirmation the client sees first. */
  static MessageCreateData confirmation(String userId) {
    return SafeText.message()
        .setContent("This deletes everything the bot has stored about you: your questions for our team,"
            + " their answers and your follow-ups, the record of the assistant's replies to you, and your"
            + " feedback. Messages already in Discord channels are not deleted. Go ahead?")
        .setComponents(ActionRow.of(
            Button.danger(CustomId.forget(YES, userId).toString(), "Yes, delete my data"),
            Button.secondary(CustomId.forget(NO, userId).toString(), "Cancel")))
        .build();
  }

  static MessageCreateData cancelled() {
    return SafeText.text("Nothing was deleted.");
  }

  /** Confirmed (the click already deferred as an edit): deletes, then says what. Runs on the worker. */
  void confirm(ButtonInteractionEvent event) {
    ForgetResult result = eraser.forgetClient(ClientQuestions.PLATFORM, event.getUser().getId());
    LOG.info("Forgot Discord user {}: {} records", event.getUser().getId(), result.total());
    event.getHook().editOriginal(SafeText.edit(SafeText.text(ClientText.forgotten(result)))).complete();
  }
}
