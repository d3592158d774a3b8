package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.app.DiscordApp;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.config.ConfigLoader;
import com.clinicfaqbot.discord.fake.FakeChannel;
import com.clinicfaqbot.discord.fake.FakeDiscord;
import com.clinicfaqbot.discord.fake.FakeInteraction;
import com.clinicfaqbot.discord.fake.FakeUser;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.StaffAnswer;
import com.clinicfaqbot.faq.FaqEntry;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot as {@code run} starts it ({@link DiscordApp}: the real FAQ, a real SQLite file in a
 * temporary folder, the real JDA), logged in to {@link FakeDiscord} through the config's
 * {@code restBaseUrl} and {@code gatewayUrl}. The fake's guild has the channels "general" (the
 * ask channel) and "staff", and the role "Staff"; a client "patient" and a staff member "nurse".
 */
@Timeout(15)
abstract class BotOnFakeDiscord {
  static final Duration WAIT = Duration.ofSeconds(5);
  static final String URGENT_LINE = "780-555-0100";
  static final String URGENT_QUESTION = "my face is swollen and bleeding 2 days after microneedling";
  static final String BUSINESS_QUESTION = "how much does a session cost?";

  /** The same FAQ the bot loads, to know which entry should answer. */
  static CoreEngine engine;

  @TempDir Path folder;
  FakeDiscord discord;
  DiscordApp app;
  Path config;
  FakeUser patient;
  FakeUser nurse;
  FakeChannel general;
  FakeChannel staffChannel;
  String staffRoleId;
  private Database database;

  @BeforeAll
  static void loadFaq() throws Exception {
    engine = CoreEngine.load(Path.of("faq"));
  }

  @BeforeEach
  void startBot() throws Exception {
    discord = FakeDiscord.start();
    general = discord.guild().channel("general");
    staffChannel = discord.guild().channel("staff");
    staffRoleId = discord.guild().role("Staff").idString();
    patient = discord.addUser("patient");
    nurse = discord.addUser("nurse");
    discord.guild().addMember(patient);
    discord.guild().addMember(nurse, discord.guild().role("Staff"));
    config = Files.writeString(folder.resolve("config.yaml"), String.join("\n",
        "faq:",
        "  dir: \"" + Path.of("faq").toAbsolutePath() + "\"",
        "store:",
        "  path: data/clinic-faq.db",
        "clinic:",
        "  name: Bright Skin Clinic",
        "  urgentLine: \"" + URGENT_LINE + "\"",
        "discord:",
        "  guildId: \"" + discord.guild().idString() + "\"",
        "  askChannelIds: [\"" + general.idString() + "\"]",
        "  staffChannelId: \"" + staffChannel.idString() + "\"",
        "  staffRoleId: \"" + staffRoleId + "\"",
        "  restBaseUrl: " + discord.restBaseUrl(),
        "  gatewayUrl: " + discord.gatewayUrl(),
        "limits:",
        "  cooldownSeconds: " + cooldownSeconds(),
        "  maxQuestionChars: 200",
        ""));
    app = startApp();
  }

  /** {@code limits.cooldownSeconds}: none, so that tests may ask quickly. */
  int cooldownSeconds() {
    return 0;
  }

  DiscordApp startApp() throws Exception {
    AppConfig loaded = new ConfigLoader().load(config);
    return DiscordApp.start(loaded, discord.token(), Clock.systemUTC());
  }

  @AfterEach
  void stopBot() {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
    discord.close();
  }

  /** The bot's database, through a connection of the test's own. */
  Database database() {
    if (database == null) {
      database = Database.open(folder.resolve("data/clinic-faq.db"));
    }
    return database;
  }

  EscalationStore store() {
    return new EscalationStore(database(), Clock.systemUTC());
  }

  Escalation onlyEscalation() {
    List<Escalation> all = store().openQueue();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  /** Waits until the store says so (the bot writes from its worker). */
  Escalation awaitEscalation(long id, Predicate<Escalation> condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Escalation current = store().get(id);
    while (!condition.test(current)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("escalation " + id + " never became " + what + ": " + current);
      }
      Thread.sleep(20);
      current = store().get(id);
    }
    return current;
  }

  /** The entry the assistant answers {@code question} from. */
  static FaqEntry answerFor(String question) {
    Reply reply = engine.assistant().decide(question);
    assertTrue(reply instanceof Reply.Answer, question + " → " + reply);
    return ((Reply.Answer) reply).entry();
  }

  /** A message the bot posted in this channel, the first matching. */
  RecordedRequest awaitPost(FakeChannel channel, Predicate<RecordedRequest> matching) {
    String path = "/channels/" + channel.idString() + "/messages";
    return discord.awaitRequest(r -> r.is("POST", path) && matching.test(r), WAIT);
  }

  RecordedRequest awaitPost(FakeChannel channel) {
    return awaitPost(channel, r -> true);
  }

  /** Every message the bot posted in this channel so far. */
  List<RecordedRequest> posts(FakeChannel channel) {
    String path = "/channels/" + channel.idString() + "/messages";
    return discord.requests().stream().filter(r -> r.is("POST", path)).toList();
  }

  /** The staff summary and thread of the only escalation, once the thread is on record. */
  Escalation awaitThread() throws InterruptedException {
    discord.awaitRequest("POST", "/channels/" + staffChannel.idString() + "/messages/\\d+/threads", WAIT);
    return awaitEscalation(onlyEscalation().id(), e -> e.staffRef().isPresent(), "linked to its thread");
  }

  /** The patient's business question, asked by DM, waiting for staff in its thread. */
  Escalation businessQuestionByDm() throws InterruptedException {
    discord.dispatchDirectMessage(patient, BUSINESS_QUESTION);
    return awaitThread();
  }

  /** The patient's urgent question, asked in the ask channel with their DMs closed, waiting in its thread. */
  Escalation urgentQuestionWithClosedDms() throws InterruptedException {
    discord.closeDirectMessages(patient);
    discord.dispatchMessageCreate(patient, general, URGENT_QUESTION);
    return awaitThread();
  }

  /** Waits until the store has a failed delivery of the escalation's answer. */
  Escalation awaitFailedDelivery(Escalation escalation) throws InterruptedException {
    return awaitEscalation(escalation.id(), e -> e.answer().flatMap(StaffAnswer::lastDeliveryError).isPresent(),
        "a failed delivery");
  }

  /** The escalation's staff thread. */
  FakeChannel threadOf(Escalation escalation) {
    return discord.channel(summaryIdOf(escalation));
  }

  /** The summary message in the staff channel, the one with the buttons: the thread shares its id. */
  static long summaryIdOf(Escalation escalation) {
    return Long.parseLong(escalation.staffRef().orElseThrow());
  }

  /** Waits until the store has the escalation's answer delivered. */
  Escalation awaitDelivered(Escalation escalation) throws InterruptedException {
    return awaitEscalation(escalation.id(), e -> e.answer().map(StaffAnswer::delivered).orElse(false), "delivered");
  }

  /** Staff answers through the summary's Answer button and the form it opens. */
  void answerByForm(Escalation escalation, FakeUser staff, String answer) {
    FakeInteraction click = discord.dispatchButton("esc:answer:" + escalation.id(), summaryIdOf(escalation), staff);
    RecordedRequest modal = click.awaitCallback(WAIT);
    assertEquals(9, modal.number("/type", 0), modal.toString());
    FakeInteraction submit =
        discord.dispatchModalSubmit("esc:answer:" + escalation.id(), Map.of("answer", answer), staff, staffChannel);
    assertEquals(5, submit.awaitCallback(WAIT).number("/type", 0));
  }

  /** Whether the body lets Discord ping nobody: no parsed mentions, no users, no roles, no replied user. */
  static boolean mentionsNobody(JsonNode body) {
    JsonNode mentions = body.path("allowed_mentions");
    return !mentions.isMissingNode()
        && mentions.path("parse").isArray() && mentions.path("parse").isEmpty()
        && mentions.path("users").isEmpty()
        && mentions.path("roles").isEmpty()
        && !mentions.path("replied_user").asBoolean(false);
  }
}
