package com.clinicfaqbot.bench;

import com.clinicfaqbot.assistant.Assistant;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * The CPU time of each {@code decide} call, from the thread's own CPU clock: unlike the wall time
 * JMH samples, it leaves out the time the thread waited for a CPU, so on a machine shared with
 * other busy processes it still shows what one call costs (GC pauses are left out too).
 */
final class CpuTimeLatency {
  /** Percentiles of the CPU time per call, in µs. */
  record Figures(double p50, double p99, double p999) {}

  private CpuTimeLatency() {}

  /** Warms up with {@code warmUp} calls, then times {@code calls} calls cycling through {@code questions}. */
  static Figures measure(Assistant assistant, List<String> questions, int warmUp, int calls) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      return new Figures(Double.NaN, Double.NaN, Double.NaN);
    }
    for (int i = 0; i < warmUp; i++) {
      assistant.decide(questions.get(i % questions.size()));
    }
    long[] nanos = new long[calls];
    for (int i = 0; i < calls; i++) {
      String question = questions.get(i % questions.size());
      long start = threads.getCurrentThreadCpuTime();
      assistant.decide(question);
      nanos[i] = threads.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(nanos);
    return new Figures(percentile(nanos, 50), percentile(nanos, 99), percentile(nanos, 99.9));
  }

  private static double percentile(long[] sorted, double percentile) {
    int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000.0;
  }
}
