package com.clinicfaqbot.discord;

import com.clinicfaqbot.config.ClinicSettings;
import com.clinicfaqbot.config.DiscordSettings;
import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.ClientLimits;
import com.clinicfaqbot.desk.QuestionSuggestions;
import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.escalation.ClientDataEraser;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.search.FaqSearch;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord adapter, logged in: its listener, its worker pool and its JDA session, built over
 * the core services the application passes in. It opens missing staff threads at start, and
 * delivers answers given on the console (checked at start and every minute). {@link #close}
 * stops taking events, lets the replies under way finish (up to 10 s), then shuts JDA down.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
  private static final int WORKER_THREADS = 4;
  /**
   * Questions waiting for a worker thread: a burst of 1,000 (200 clients × 5, the figure the bot is
   * tested with in {@code BurstEndToEndTest}) fits twice over. Beyond it, a question is refused
   * politely. A waiting task is a small closure over its message.
   */
  private static final int WORKER_BACKLOG = 2_000;
  private static final Duration GRACE = Duration.ofSeconds(10);
  /** How often answers given on the console are looked for. */
  private static final Duration PENDING_ANSWERS = Duration.ofMinutes(1);

  /** Reloads the FAQ: the new catalog, or every problem while the old FAQ stays in use. */
  @FunctionalInterface
  public interface FaqReloader {
    FaqCatalog reload() throws FaqException;
  }

  /** The platform-free services the bot stands on, built by the application. */
  public record Services(
      ClientDesk clientDesk,
      StaffDesk staffDesk,
      ClientLimits limits,
      QuestionSuggestions suggestions,
      ClientDataEraser eraser,
      FaqSearch faq,
      FaqReloader reloader,
      ClinicSettings clinic,
      int maxQuestionChars,
      Clock clock) {
    public Services {
      Objects.requireNonNull(clientDesk, "clientDesk");
      Objects.requireNonNull(staffDesk, "staffDesk");
      Objects.requireNonNull(limits, "limits");
      Objects.requireNonNull(suggestions, "suggestions");
      Objects.requireNonNull(eraser, "eraser");
      Objects.requireNonNull(faq, "faq");
      Objects.requireNonNull(reloader, "reloader");
      Objects.requireNonNull(clinic, "clinic");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /** The bot logged in but cannot work: the message says why, for a person, in one line. */
  public static final class StartException extends RuntimeException {
    StartException(String message) {
      super(message);
    }
  }

  private final JDA jda;
  private final Worker worker;
  private final ScheduledExecutorService schedule;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closed;

  private DiscordBot(JDA jda, Worker worker, ScheduledExecutorService schedule) {
    this.jda = jda;
    this.worker = worker;
    this.schedule = schedule;
  }

  /**
   * Logs in, registers the slash commands for the guild, and opens the staff threads that are
   * missing (escalations stored while the bot could not open one).
   *
   * @throws net.dv8tion.jda.api.exceptions.InvalidTokenException when Discord refuses the token
   * @throws StartException when login is cut short, the bot is not in {@code discord.guildId}, or the
   *     slash commands are refused
   */
  public static DiscordBot start(DiscordSettings settings, String token, Services services) throws InterruptedException {
    Worker worker = new Worker(WORKER_THREADS, WORKER_BACKLOG);
    ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "clinic-bot-schedule");
      thread.setDaemon(true);
      return thread;
    });
    StaffRole role = new StaffRole(settings.staffRoleId());
    ClientReplies replies = new ClientReplies(services.clinic());
    StaffSummary summary = new StaffSummary(services.faq(), settings.staffRoleId());
    StaffThreads threads = new StaffThreads(services.staffDesk(), summary, settings.staffChannelId());
    AnswerDelivery delivery = new AnswerDelivery(services.staffDesk(), threads);
    ClientQuestions questions = new ClientQuestions(services.clientDesk(), services.limits(), replies,
        services.suggestions(), threads, delivery, services.clinic().name());
    BotListener listener = new BotListener(settings, worker, role, replies, questions,
        new ClientButtons(services.clientDesk(), replies, questions), new ForgetMe(services.eraser()),
        new StaffActions(services.staffDesk(), threads, delivery, role),
        new StaffCommands(services.reloader(), services.staffDesk(), summary, services.clock()));
    JDA jda = null;
    try {
      DiscordBot[] bot = new DiscordBot[1];
      ListenerAdapter onShutdown = new ListenerAdapter() {
        @Override
        public void onShutdown(ShutdownEvent event) {
          if (bot[0] != null) {
            bot[0].stopped.countDown();
          }
        }
      };
      try {
        jda = DiscordConnection.connect(settings, token, listener, onShutdown);
      } catch (IllegalStateException e) {
        throw new StartException("Discord closed the connection during login (" + e.getMessage() + "): is the"
            + " Message Content intent enabled for the bot in the developer portal?");
      } catch (ErrorResponseException e) {
        throw new StartException("could not log in to Discord" + settings.restBaseUrl().map(url -> " at " + url).orElse("")
            + ": " + e.getMeaning());
      }
      bot[0] = new DiscordBot(jda, worker, schedule);
      Guild guild = jda.getGuildById(settings.guildId());
      if (guild == null) {
        throw new StartException("the bot is not in the guild discord.guildId = " + settings.guildId()
            + ": invite it with the link in the README, or check the id");
      }
      try {
        SlashCommands.register(guild, services.maxQuestionChars());
      } catch (ErrorResponseException e) {
        throw new StartException("Discord refused the slash commands (" + e.getMeaning() + "): invite the bot"
            + " with the applications.commands scope (see the README)");
      }
      JDA session = jda;
      worker.submit("opening missing staff threads", () -> threads.openMissing(session), () -> { });
      schedule.scheduleWithFixedDelay(
          () -> worker.submit("delivering answers given elsewhere", () -> delivery.pending(session), () -> { }),
          0, PENDING_ANSWERS.toSeconds(), TimeUnit.SECONDS);
      LOG.info("Logged in to Discord as {}; answering in guild {}", jda.getSelfUser().getName(), guild.getName());
      return bot[0];
    } catch (RuntimeException | InterruptedException e) {
      schedule.shutdownNow();
      worker.stop(Duration.ZERO);
      if (jda != null) {
        jda.shutdownNow();
      }
      throw e;
    }
  }

  /** Waits until the bot is closed, or JDA stopped on its own (e.g. the token was revoked). */
  public void awaitStopped() throws InterruptedException {
    stopped.await();
  }

  /** Whether it stopped without {@link #close}: Discord ended the session for good. */
  public boolean stoppedOnItsOwn() {
    return stopped.getCount() == 0 && !closed;
  }

  /**
   * Stops taking events, lets the work under way finish (bounded), then shuts JDA down and waits
   * for it. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    LOG.info("Stopping: finishing the replies under way");
    schedule.shutdownNow();
    worker.stop(GRACE);
    jda.shutdown();
    try {
      if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
        jda.shutdownNow();
        jda.awaitShutdown(Duration.ofSeconds(2));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      jda.shutdownNow();
    }
    stopped.countDown();
    LOG.info("Stopped");
  }
}
