package com.clinicfaqbot.bench;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.faq.FaqException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * {@code Assistant.decide} on the real FAQ and on synthetic FAQs of 1,000 and 10,000 entries,
 * cycling through {@link ClientQuestions}: the latency of one call (p50, p99, p99.9) and the calls
 * per second one or two threads sustain. The FAQ is loaded through the real loader and indexer,
 * as the app does.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 3) // the regular expressions of long messages take seconds to compile
@Measurement(iterations = 5, time = 2)
public class DecideBenchmark {
  @Param({FaqFolders.REAL, "1000", "10000"})
  public String faq;

  private Path dir;
  private Assistant assistant;

  @Setup(Level.Trial)
  public void load() throws FaqException {
    dir = FaqFolders.create(faq);
    CoreEngine engine = CoreEngine.load(dir);
    assistant = engine.assistant();
    System.out.println(
        "FAQ " + faq + ": " + engine.catalog().size() + " entries; the " + ClientQuestions.ALL.size()
            + " questions get " + Workload.outcomes(assistant, ClientQuestions.ALL));
  }

  @TearDown(Level.Trial)
  public void delete() {
    FaqFolders.delete(dir);
  }

  /** Each thread walks the questions from its own starting point. */
  @State(Scope.Thread)
  public static class Questions {
    private final List<String> all = ClientQuestions.ALL;
    private final Random random = new Random(SyntheticFaq.SEED);
    private int next;

    @Setup(Level.Trial)
    public void start(ThreadParams thread) {
      next = thread.getThreadIndex() * all.size() / Math.max(1, thread.getThreadCount());
    }

    String next() {
      String question = all.get(next);
      next = next + 1 == all.size() ? 0 : next + 1;
      return question;
    }

    /**
     * The next question with one letter of one longer word changed: a misspelling the spelling
     * corrector has most likely not seen, so its cache does not hide the fuzzy lookup.
     */
    String nextWithNewTypo() {
      String question = next();
      String[] words = question.split(" ");
      for (int tries = 0; tries < words.length; tries++) {
        int w = random.nextInt(words.length);
        if (words[w].length() >= 5 && words[w].chars().allMatch(Character::isLetter)) {
          char[] letters = words[w].toCharArray();
          letters[1 + random.nextInt(letters.length - 1)] = (char) ('a' + random.nextInt(26));
          words[w] = new String(letters);
          return String.join(" ", words);
        }
      }
      return question;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Reply latency(Questions questions) {
    return assistant.decide(questions.next());
  }

  /** Steady state once the corrector's cache is full: every new misspelling costs a fuzzy lookup. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Reply latencyNewTypos(Questions questions) {
    return assistant.decide(questions.nextWithNewTypo());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Reply throughput(Questions questions) {
    return assistant.decide(questions.next());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Reply throughput2Threads(Questions questions) {
    return assistant.decide(questions.next());
  }
}
