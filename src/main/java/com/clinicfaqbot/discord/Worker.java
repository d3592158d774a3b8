package com.clinicfaqbot.discord;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own bounded thread pool: listeners hand every piece of work here (search, database,
 * REST calls awaited in turn), so JDA's gateway thread never waits for any of it. A task that
 * fails is logged without a stack trace to anyone but the log, and its fallback runs (for a
 * client: a polite message). On {@link #close} it takes no more work and lets what is running
 * finish, for a bounded time.
 */
final class Worker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

  private final ThreadPoolExecutor executor;
  private volatile boolean stopped;

  /**
   * @param threads how many tasks run at once
   * @param backlog how many may wait; beyond that, new work is refused (and its fallback runs)
   */
  Worker(int threads, int backlog) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = runnable -> {
      Thread thread = new Thread(runnable, "clinic-bot-worker-" + n.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(backlog), factory, new ThreadPoolExecutor.AbortPolicy());
  }

  /** Whether new work is still taken. */
  boolean running() {
    return !stopped;
  }

  /**
   * Runs {@code task} on the pool. If it throws, or cannot be taken (stopping, or too much
   * waiting), {@code fallback} runs instead (on the pool, or here when refused), and the failure
   * is logged under {@code what}.
   */
  void submit(String what, Runnable task, Runnable fallback) {
    if (stopped) {
      LOG.info("Stopping: not starting {}", what);
      return;
    }
    try {
      executor.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.warn("{} failed: {}", what, describe(e));
          LOG.debug("{} failed", what, e);
          runQuietly(what, fallback);
        }
      });
    } catch (RejectedExecutionException e) {
      LOG.warn("{} refused: too much work waiting", what);
      runQuietly(what, fallback);
    }
  }

  private static void runQuietly(String what, Runnable fallback) {
    try {
      fallback.run();
    } catch (RuntimeException e) {
      LOG.warn("{}: the fallback failed too: {}", what, describe(e));
    }
  }

  static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** Takes no more work and waits up to {@code grace} for the work under way; true if all finished. */
  boolean stop(Duration grace) {
    stopped = true;
    executor.shutdown();
    try {
      if (executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    LOG.warn("Work still running after {} s: interrupting it", grace.toSeconds());
    executor.shutdownNow();
    return false;
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(10));
  }
}
