package com.clinicfaqbot.discord;

import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.FollowUp;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread per escalation in the staff channel: a summary message, a thread started from it
 * (its id kept in the store as the escalation's staff reference, so that the thread still maps to
 * its escalation after a restart), then the client's follow-ups and what happens to the answer.
 * Runs on the worker: each REST call is awaited in turn.
 */
final class StaffThreads {
  private static final Logger LOG = LoggerFactory.getLogger(StaffThreads.class);

  private final StaffDesk staff;
  private final StaffSummary summary;
  private final String staffChannelId;

  StaffThreads(StaffDesk staff, StaffSummary summary, String staffChannelId) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.staffChannelId = Objects.requireNonNull(staffChannelId, "staffChannelId");
  }

  /** Posts the summary in the staff channel, starts the thread from it and records the thread. */
  void open(JDA jda, Escalation escalation) {
    TextChannel channel = jda.getTextChannelById(staffChannelId);
    if (channel == null) {
      throw new IllegalStateException("the staff channel " + staffChannelId + " is not visible to the bot");
    }
    Message posted = channel.sendMessage(summary.summary(escalation)).complete();
    ThreadChannel thread = posted.createThreadChannel(summary.threadName(escalation))
        .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK)
        .complete();
    staff.attachStaffRef(escalation.id(), thread.getId());
    // Read again after attaching: follow-ups that came while the thread was being opened found no
    // thread to go to, and later ones will find this one.
    Escalation current = staff.find(escalation.id()).orElse(escalation);
    for (FollowUp followUp : current.followUps()) {
      thread.sendMessage(StaffSummary.followUp(followUp.text())).complete();
    }
    LOG.info("Escalation {}{}: staff thread {}", escalation.label(), escalation.urgent() ? " (urgent)" : "", thread.getId());
  }

  /** Opens a thread for every escalation still waiting without one (the bot stopped in between). */
  void openMissing(JDA jda) {
    for (Escalation escalation : staff.withoutStaffRef()) {
      open(jda, escalation);
    }
  }

  /** A client's follow-up, into the escalation's thread. */
  void followUp(JDA jda, Escalation escalation, String text) {
    post(jda, escalation, StaffSummary.followUp(text));
  }

  /** A line about the escalation (claimed, answered, delivered…), into its thread. */
  void note(JDA jda, Escalation escalation, String text) {
    post(jda, escalation, StaffSummary.note(text));
  }

  private void post(JDA jda, Escalation escalation, MessageCreateData message) {
    Optional<String> ref = staff.find(escalation.id()).flatMap(Escalation::staffRef).or(escalation::staffRef);
    if (ref.isEmpty()) {
      LOG.info("Escalation {} has no staff thread yet: nothing posted", escalation.label());
      return;
    }
    ThreadChannel thread = jda.getThreadChannelById(ref.get());
    if (thread != null) {
      thread.sendMessage(message).complete();
      return;
    }
    // An archived thread is not in JDA's cache: say it in the staff channel, linking the thread.
    TextChannel channel = jda.getTextChannelById(staffChannelId);
    if (channel != null) {
      channel.sendMessage(SafeText.text("Escalation " + escalation.label() + " (<#" + ref.get() + ">): "
          + message.getContent())).complete();
    }
  }
}
