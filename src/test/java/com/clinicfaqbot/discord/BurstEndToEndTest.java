package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.discord.fake.FakeUser;
import com.clinicfaqbot.discord.fake.RecordedRequest;
import com.clinicfaqbot.escalation.Escalation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The performance issue's burst: 1,000 questions from 200 clients at once, through the whole bot
 * on the protocol double. Every question gets exactly one reply, and JDA's gateway thread (the
 * one that runs the listener) is never caught doing search, database or blocking REST work: a
 * background thread samples its stack every 2 ms during the burst. The times are printed, not
 * asserted; the fake never rate-limits, where Discord would pace replies in one channel itself.
 */
@DisplayName("The bot, end to end, under a burst of questions")
final class BurstEndToEndTest extends BotOnFakeDiscord {
  private static final int CLIENTS = 200;
  private static final int QUESTIONS_EACH = 5;
  /**
   * Of the clients, these ask only what the FAQ cannot answer: each gets an escalation, and its
   * later questions become follow-ups (or, if two were taken at the same moment, a second one).
   */
  private static final int STAFF_CLIENTS = 20;
  /** Test threads dispatching at once (the fake serializes the frames on its one connection). */
  private static final int DISPATCHERS = 4;
  private static final Duration ALL_ANSWERED = Duration.ofSeconds(30);

  /** FAQ questions (plain, misspelt, slang) and small talk, asked in turn by most clients. */
  private static final List<String> EVERYDAY = List.of(
      "does microneedling hurt",
      "how long is the downtime after microneedling",
      "can I wear makeup after my session",
      "how many sessions will I need for acne scars",
      "what should I do to prepare for my appointment",
      "hi",
      "when will I see results",
      "is microneedling better than laser resurfacing",
      "can you do microneedling on stretch marks on my stomach",
      "what serums do you put on during the treatment",
      "thanks so much!",
      "is it safe to go in the sun afterwards",
      "numing creme before?",
      "downtine?",
      "how lond till i see resluts",
      "ok cool",
      "does micro needeling help with pigmantation",
      "can i use retinal the week befor",
      "what is a dermapen exactley",
      "are you a bot?",
      "can i slap on foundation the next day or nah",
      "how many days till im not blotchy anymore lol",
      "is the derma roller from amazon the same thing tbh",
      "hey there 👋",
      "bruh my pores are huge does this even work on them");

  /** Business, other treatments and off-topic: the FAQ has no answer, staff gets them (none urgent). */
  private static final List<String> FOR_STAFF = List.of(
      "how much does one session cost",
      "do you take insurance or payment plans",
      "can i book for next tuesday at 3pm",
      "what are your opening hours on saturday",
      "do you offer gift cards",
      "do you also do botox and lip filler",
      "whats the weather like tomorrow",
      "can you recommend a good shampoo for dandruff");

  /** One question as dispatched: its message id, who asked, what, and when it left the test. */
  private record Asked(String messageId, int client, String text, Instant at) {}

  @Override
  int cooldownSeconds() {
    return 0; // limits.cooldownSeconds: 0, so that each client may ask its five questions back to back
  }

  @Test
  @Timeout(45)
  @DisplayName("1,000 questions from 200 clients at once are each answered exactly once, the gateway thread never doing the work")
  void burstIsAnsweredOnceEachOffTheGatewayThread() throws Exception {
    // GIVEN the bot running, and 200 clients in the ask channel: most ask FAQ questions and small
    // talk, a tenth ask only what goes to staff (what the assistant decides is checked first)
    Map<String, Reply> decided = new HashMap<>();
    for (String text : EVERYDAY) {
      Reply reply = engine.assistant().decide(text);
      assertTrue(reply instanceof Reply.Answer || reply instanceof Reply.SmallTalk, text + " → " + reply);
      decided.put(text, reply);
    }
    for (String text : FOR_STAFF) {
      Reply reply = engine.assistant().decide(text);
      assertTrue(reply instanceof Reply.Escalate e && !e.urgent(), text + " → " + reply);
      decided.put(text, reply);
    }
    List<FakeUser> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      FakeUser client = discord.addUser("client-" + c);
      discord.guild().addMember(client);
      clients.add(client);
    }

    // WHEN they ask 5 questions each, every client its next question in turn, from 4 test threads
    // as fast as the fake's gateway sends them, while JDA's gateway thread is sampled
    Map<String, Asked> asked = new ConcurrentHashMap<>();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService dispatchers = Executors.newFixedThreadPool(DISPATCHERS);
    List<RecordedRequest> replies;
    GatewaySampler sampler = GatewaySampler.start();
    try {
      List<Future<?>> dispatching = new ArrayList<>();
      for (int d = 0; d < DISPATCHERS; d++) {
        int first = d;
        dispatching.add(dispatchers.submit(() -> {
          go.await();
          for (int q = 0; q < QUESTIONS_EACH; q++) {
            for (int c = first; c < CLIENTS; c += DISPATCHERS) {
              String text = question(c, q);
              Instant at = Instant.now();
              String id = discord.dispatchMessageCreate(clients.get(c), general, text).get("id").asText();
              asked.put(id, new Asked(id, c, text, at));
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : dispatching) {
        f.get(ALL_ANSWERED.toSeconds(), TimeUnit.SECONDS);
      }
      replies = discord.awaitRequests("POST", "/channels/" + general.idString() + "/messages",
          CLIENTS * QUESTIONS_EACH, ALL_ANSWERED);
    } finally {
      sampler.stop();
      dispatchers.shutdownNow();
    }
    // the worker finishes what is under way (staff threads, follow-ups): nothing can come after this
    app.close();
    app = null;

    // THEN every question has exactly one reply, none missing, none twice, none for a question not asked
    assertEquals(CLIENTS * QUESTIONS_EACH, asked.size());
    List<RecordedRequest> all = posts(general);
    assertEquals(CLIENTS * QUESTIONS_EACH, all.size(), "replies in the ask channel");
    Map<String, RecordedRequest> replyTo = new HashMap<>();
    for (RecordedRequest reply : all) {
      String to = reply.text("/message_reference/message_id");
      assertNotNull(to, () -> "a post that replies to nothing: " + reply);
      assertTrue(asked.containsKey(to), () -> "a reply to a message never asked: " + reply);
      RecordedRequest before = replyTo.put(to, reply);
      assertTrue(before == null, () -> "two replies to " + to + ": " + before + " and " + reply);
    }
    assertEquals(asked.keySet(), replyTo.keySet());

    // AND each is the reply its question deserves: the entry, the small talk, or "passed on" and
    // then "added" for a client whose question waits for staff; never "something went wrong"
    String trouble = ClientText.troubleOnOurSide(Optional.of(URGENT_LINE));
    String passedOn = ClientText.passedOn(false, Optional.empty(), ClientReplies.BY_DIRECT_MESSAGE, Optional.empty());
    String added = ClientText.followUpAdded(false, Optional.empty());
    int passedOnReplies = 0;
    int addedReplies = 0;
    for (Asked question : asked.values()) {
      RecordedRequest reply = replyTo.get(question.messageId());
      String content = Optional.ofNullable(reply.text("/content")).orElse("");
      assertFalse(content.contains(trouble), () -> question + " → " + reply);
      Reply expected = decided.get(question.text());
      if (expected instanceof Reply.Answer answer) {
        assertEquals(answer.entry().question(), reply.text("/embeds/0/title"), () -> question + " → " + reply);
      } else if (expected instanceof Reply.SmallTalk smallTalk) {
        assertTrue(content.contains(smallTalk.text()), () -> question + " → " + reply);
      } else if (content.contains(passedOn)) {
        passedOnReplies++;
      } else {
        assertTrue(content.contains(added), () -> question + " → " + reply);
        addedReplies++;
      }
    }

    // AND staff has every one of those questions: an escalation per client at least, the rest as
    // its follow-ups, and a summary and a thread in the staff channel for each escalation
    List<Escalation> queue = store().openQueue();
    Set<String> staffClients = new HashSet<>();
    for (int c = CLIENTS - STAFF_CLIENTS; c < CLIENTS; c++) {
      staffClients.add(clients.get(c).idString());
    }
    assertEquals(staffClients, queue.stream().map(e -> e.client().userId()).collect(Collectors.toSet()),
        "the clients with escalations");
    int followUps = queue.stream().mapToInt(e -> e.followUps().size()).sum();
    assertEquals(STAFF_CLIENTS * QUESTIONS_EACH, queue.size() + followUps);
    assertEquals(queue.size(), passedOnReplies);
    assertEquals(followUps, addedReplies);
    String staffPath = "/channels/" + staffChannel.idString() + "/messages";
    List<RecordedRequest> staffRequests = discord.requests();
    assertEquals(queue.size(), staffRequests.stream()
        .filter(r -> r.is("POST", staffPath) && r.text("/embeds/0/title") != null).count(), "staff summaries");
    assertEquals(queue.size(), staffRequests.stream().filter(r -> r.is("POST", staffPath + "/\\d+/threads")).count(),
        "staff threads");
    assertTrue(queue.stream().allMatch(e -> e.staffRef().isPresent()), queue::toString);
    Set<String> threads = queue.stream().map(e -> e.staffRef().orElseThrow()).collect(Collectors.toSet());
    long forwarded = staffRequests.stream()
        .filter(r -> r.method().equals("POST") && r.path().matches("/channels/\\d+/messages"))
        .filter(r -> threads.contains(r.path().split("/")[2]))
        .count();
    assertTrue(discord.unhandledRequests().isEmpty(), () -> "unhandled: " + discord.unhandledRequests());

    // AND JDA's gateway thread, sampled all along, was never inside search, the database or a blocking REST call
    assertTrue(sampler.readThreadSamples() >= 100,
        () -> "too few samples of JDA's gateway thread to judge: " + sampler.readThreadSamples());
    assertTrue(sampler.handlingSamples() > 0, "the sampled thread was never seen handling an event: the wrong thread?");
    assertEquals("", sampler.caught(), "the gateway thread caught doing the bot's work");

    // the figures, reported (no assertion on time: the machine is shared)
    Instant firstAsked = asked.values().stream().map(Asked::at).min(Instant::compareTo).orElseThrow();
    Instant lastAsked = asked.values().stream().map(Asked::at).max(Instant::compareTo).orElseThrow();
    Instant lastReply = replies.stream().map(RecordedRequest::at).max(Instant::compareTo).orElseThrow();
    long[] latencies = asked.values().stream()
        .mapToLong(a -> Duration.between(a.at(), replyTo.get(a.messageId()).at()).toMillis())
        .sorted()
        .toArray();
    System.out.printf("Discord burst: %d questions from %d clients, dispatched in %d ms, all answered once in %d ms"
            + " (first dispatch to last reply); per question p50 %d ms, p99 %d ms, max %d ms; at most %d in flight;"
            + " %d escalations, %d follow-ups, %d forwarded to threads; gateway thread sampled %d times"
            + " (%d in JDA's event handling), never in the bot's work%n",
        asked.size(), CLIENTS, Duration.between(firstAsked, lastAsked).toMillis(),
        Duration.between(firstAsked, lastReply).toMillis(),
        latencies[latencies.length / 2], latencies[latencies.length * 99 / 100], latencies[latencies.length - 1],
        maxInFlight(asked.values(), replyTo), queue.size(), followUps, forwarded,
        sampler.readThreadSamples(), sampler.handlingSamples());
  }

  /** The question client {@code c} asks in turn {@code q}. */
  private static String question(int c, int q) {
    if (c >= CLIENTS - STAFF_CLIENTS) {
      return FOR_STAFF.get((c + q) % FOR_STAFF.size());
    }
    return EVERYDAY.get((c * QUESTIONS_EACH + q) % EVERYDAY.size());
  }

  /** The most questions dispatched and not yet answered at any one moment. */
  private static int maxInFlight(Iterable<Asked> asked, Map<String, RecordedRequest> replyTo) {
    List<long[]> changes = new ArrayList<>();
    for (Asked question : asked) {
      changes.add(new long[] {nanos(question.at()), +1});
      changes.add(new long[] {nanos(replyTo.get(question.messageId()).at()), -1});
    }
    changes.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    int now = 0;
    int max = 0;
    for (long[] change : changes) {
      now += (int) change[1];
      max = Math.max(max, now);
    }
    return max;
  }

  private static long nanos(Instant at) {
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  /**
   * Samples the stack of JDA's gateway threads ({@code JDA MainWS-ReadThread}, which reads the
   * gateway and runs the listeners, as the bot sets no event pool, and {@code JDA
   * MainWS-WriteThread}) every 2 ms until stopped, and keeps every sample caught in the bot's
   * core (assistant, triage, search, FAQ, the desks, the escalation store), in Lucene, in SQLite
   * or JDBC, or awaiting a REST call ({@code RestAction.complete}).
   */
  private static final class GatewaySampler {
    private static final long EVERY_NANOS = 2_000_000;
    /** Where search and database work happens (class name prefixes). */
    private static final List<String> FORBIDDEN = List.of(
        "com.clinicfaqbot.assistant.", "com.clinicfaqbot.triage.", "com.clinicfaqbot.search.",
        "com.clinicfaqbot.faq.", "com.clinicfaqbot.escalation.", "com.clinicfaqbot.desk.ClientDesk",
        "com.clinicfaqbot.desk.StaffDesk", "com.clinicfaqbot.desk.QuestionSuggestions",
        "org.apache.lucene.", "org.sqlite.", "java.sql.");
    private static final String READ_THREAD = "MainWS-ReadThread";
    private static final String WRITE_THREAD = "MainWS-WriteThread";

    private final Thread thread;
    private volatile boolean running = true;
    // written by the sampling thread only, read after it ended
    private int readThreadSamples;
    private int handlingSamples;
    private int caughtSamples;
    private final List<String> caught = new ArrayList<>();

    private GatewaySampler() {
      thread = new Thread(this::sample, "burst-test-gateway-sampler");
      thread.setDaemon(true);
    }

    static GatewaySampler start() {
      GatewaySampler sampler = new GatewaySampler();
      sampler.thread.start();
      return sampler;
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    int readThreadSamples() {
      return readThreadSamples;
    }

    /** Samples of the read thread inside JDA's event handlers or the bot's listener: it was seen at work. */
    int handlingSamples() {
      return handlingSamples;
    }

    /** The first five samples caught at the bot's work, and how many there were in all. */
    String caught() {
      return caughtSamples == 0 ? "" : caughtSamples + " samples, the first:\n" + String.join("\n", caught);
    }

    private void sample() {
      List<Thread> gateway = List.of();
      while (running) {
        if (gateway.isEmpty() || !gateway.stream().allMatch(Thread::isAlive)) {
          gateway = Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().endsWith(READ_THREAD) || t.getName().endsWith(WRITE_THREAD))
              .toList();
        }
        for (Thread t : gateway) {
          StackTraceElement[] stack = t.getStackTrace();
          if (stack.length == 0) {
            continue;
          }
          if (t.getName().endsWith(READ_THREAD)) {
            readThreadSamples++;
            if (Arrays.stream(stack).anyMatch(GatewaySampler::handling)) {
              handlingSamples++;
            }
          }
          if (Arrays.stream(stack).anyMatch(GatewaySampler::forbidden) && caughtSamples++ < 5) {
            caught.add(t.getName() + ":\n    at " + Arrays.stream(stack).limit(40).map(String::valueOf)
                .collect(Collectors.joining("\n    at ")));
          }
        }
        LockSupport.parkNanos(EVERY_NANOS);
      }
    }

    private static boolean forbidden(StackTraceElement frame) {
      String type = frame.getClassName();
      return FORBIDDEN.stream().anyMatch(type::startsWith)
          || type.startsWith("net.dv8tion.jda.") && frame.getMethodName().equals("complete");
    }

    private static boolean handling(StackTraceElement frame) {
      String type = frame.getClassName();
      return type.startsWith("net.dv8tion.jda.internal.handle.") || type.startsWith("com.clinicfaqbot.discord.");
    }
  }
}
