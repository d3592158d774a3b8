package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.assistant.SmallTalk;
import com.clinicfaqbot.assistant.Thresholds;
import com.clinicfaqbot.assistant.WarmUp;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqLoader;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.search.FaqSearch;
import com.clinicfaqbot.triage.Triage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The platform-free answer engine, loaded from an FAQ folder: what every surface (console, ask,
 * eval, Discord) shares. {@link #reload()} swaps in a new index only if the whole FAQ is valid.
 */
public final class CoreEngine {
  /** At most this long for the first-use pass at load (it takes tens of ms). */
  private static final Duration FIRST_USE_BUDGET = Duration.ofMillis(200);
  /** Past the JIT's last compilations: the benchmarks' CPU figures settle after about 30,000 calls. */
  private static final int BACKGROUND_DECISIONS = 30_000;
  private static final Duration BACKGROUND_BUDGET = Duration.ofSeconds(20);
  private static final Duration BACKGROUND_SLICE = Duration.ofMillis(20);

  private final Path faqDir;
  private final FaqSearch search;
  private final Triage triage;
  private final Assistant assistant;

  private CoreEngine(Path faqDir, FaqSearch search, Triage triage, Assistant assistant) {
    this.faqDir = faqDir;
    this.search = search;
    this.triage = triage;
    this.assistant = assistant;
  }

  public static CoreEngine load(Path faqDir, Thresholds thresholds, ConfidenceModel model) throws FaqException {
    // The rules are compiled on a second thread while the FAQ is read and indexed on this one.
    FutureTask<Triage.Rules> rules = new FutureTask<>(Triage.Rules::standard);
    Thread compiling = new Thread(rules, "triage-rules");
    compiling.setDaemon(true);
    compiling.start();
    FaqSearch search = new FaqSearch(index(faqDir));
    Triage triage = Triage.standard(result(rules), search.current().catalog());
    Assistant assistant = new Assistant(search, triage, new SmallTalk(), model, thresholds);
    CoreEngine engine = new CoreEngine(faqDir, search, triage, assistant);
    // Each path once: classes loaded and first uses made before the first question, in tens of ms.
    WarmUp warmUp = WarmUp.of(search.current().catalog());
    warmUp.run(assistant, 0, FIRST_USE_BUDGET, warmUp.paths());
    return engine;
  }

  private static Triage.Rules result(FutureTask<Triage.Rules> rules) {
    try {
      return rules.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while compiling the triage rules", e);
    }
  }

  public static CoreEngine load(Path faqDir) throws FaqException {
    return load(faqDir, Thresholds.DEFAULT, ConfidenceModel.DEFAULT);
  }

  /**
   * Warms the assistant up on a background thread, for at most {@link #BACKGROUND_BUDGET} or
   * {@link #BACKGROUND_DECISIONS}: until the JIT has compiled what clients' questions run through.
   * For a long-running bot, once it is connected: clients are answered meanwhile, never kept
   * waiting for it, and it pauses between slices so that it takes at most half a CPU.
   *
   * @return what stops it
   */
  public Runnable warmUpInBackground() {
    WarmUp warmUp = WarmUp.of(catalog());
    Thread thread = new Thread(() -> {
      long deadline = System.nanoTime() + BACKGROUND_BUDGET.toNanos();
      try {
        for (int decided = 0; decided < BACKGROUND_DECISIONS && System.nanoTime() < deadline; ) {
          long start = System.nanoTime();
          decided += warmUp.run(assistant, decided, BACKGROUND_SLICE, BACKGROUND_DECISIONS - decided);
          Thread.sleep(Math.max(1, (System.nanoTime() - start) / 1_000_000));
        }
      } catch (InterruptedException e) {
        // stopped: the bot is closing
      }
    }, "warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return thread::interrupt;
  }

  /** Loads, validates and indexes {@code faqDir}; throws with every problem, file and line. */
  public static FaqIndex index(Path faqDir) throws FaqException {
    FaqCatalog catalog = new FaqLoader().load(faqDir);
    return FaqIndex.build(catalog, faqDir);
  }

  /** Re-reads the FAQ folder; on any problem the current index stays and the problems are thrown. */
  public FaqCatalog reload() throws FaqException {
    FaqIndex next = index(faqDir);
    search.swap(next);
    return next.catalog();
  }

  /** The safety rules the assistant uses. */
  public Triage triage() {
    return triage;
  }

  public Assistant assistant() {
    return assistant;
  }

  /** The swappable index behind the assistant: what a reload changes. */
  public FaqSearch search() {
    return search;
  }

  /** The index in use now (it changes on reload). */
  public FaqIndex index() {
    return search.current();
  }

  public FaqCatalog catalog() {
    return search.current().catalog();
  }

  public Path faqDir() {
    return faqDir;
  }
}
