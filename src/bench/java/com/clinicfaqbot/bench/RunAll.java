package com.clinicfaqbot.bench;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.faq.FaqException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints one table of figures against the targets:
 * {@code java -cp target/benchmarks.jar com.clinicfaqbot.bench.RunAll [--smoke]}, from the
 * repository root. About nine minutes on two cores; {@code --smoke} runs each benchmark briefly,
 * to check that everything works, not for figures. The table is also written to
 * {@code target/bench/table.md}, and JMH's raw results to {@code target/bench/results.json}.
 */
public final class RunAll {
  private static final Path OUT = Path.of("target", "bench");
  private static final List<String> FAQS = List.of(FaqFolders.REAL, "1000", "10000");

  private static final double DECIDE_MEDIAN_US = 50;
  private static final double DECIDE_P99_US = 500;
  private static final double DECIDE_P99_10K_US = 2_000;
  private static final double START_UP_MS = 1_500;
  private static final double HEAP_MB = 128;

  private final Collection<RunResult> results;
  private final ResultTable table = new ResultTable();

  private RunAll(Collection<RunResult> results) {
    this.results = results;
  }

  public static void main(String[] args) throws RunnerException, IOException, FaqException {
    boolean smoke = Arrays.asList(args).contains("--smoke");
    Files.createDirectories(OUT);
    MachineLoad load = new MachineLoad();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(DecideBenchmark.class.getName())
            .include(EscalationStoreBenchmark.class.getName())
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(OUT.resolve("results.json").toString());
    if (smoke) {
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(200))
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(500));
    }
    RunAll run = new RunAll(new Runner(options.build()).run());
    Map<String, Path> folders = new LinkedHashMap<>();
    try {
      for (String faq : FAQS) {
        folders.put(faq, FaqFolders.create(faq));
      }
      for (String faq : FAQS) {
        run.decideRows(faq, folders.get(faq), smoke);
      }
      run.decideRatios();
      run.storeRows();
      run.startUpRows(FaqFolders.REAL, folders.get(FaqFolders.REAL), smoke ? 2 : 5);
      run.startUpRows("10000", folders.get("10000"), smoke ? 1 : 3);
    } finally {
      folders.values().forEach(FaqFolders::delete);
    }
    run.table.add("other processes during the run", "CPUs busy (of " + Runtime.getRuntime().availableProcessors() + ")",
        load.otherCpus());
    String markdown = run.table.markdown();
    Files.writeString(OUT.resolve("table.md"), markdown, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(markdown);
  }

  private void decideRows(String faq, Path dir, boolean smoke) throws FaqException {
    String benchmark = "decide " + label(faq);
    boolean real = faq.equals(FaqFolders.REAL);
    double medianTarget = real ? DECIDE_MEDIAN_US : Double.NaN;
    double p99Target = real ? DECIDE_P99_US : faq.equals("10000") ? DECIDE_P99_10K_US : Double.NaN;
    Result<?> latency = primary("latency", "faq", faq);
    table.add(benchmark, "median µs", percentile(latency, 50), medianTarget);
    table.add(benchmark, "p99 µs", percentile(latency, 99), p99Target);
    table.add(benchmark, "p99.9 µs", percentile(latency, 99.9));
    // Warmed up well past the JIT's compile thresholds (each question 600 times): with 3,000 calls the
    // JIT was still compiling and the CPU figures came out twice the wall-clock ones.
    CpuTimeLatency.Figures cpu =
        CpuTimeLatency.measure(CoreEngine.load(dir).assistant(), ClientQuestions.ALL, smoke ? 500 : 30_000,
            smoke ? 1_000 : 20_000);
    table.add(benchmark, "CPU median µs", cpu.p50(), medianTarget);
    table.add(benchmark, "CPU p99 µs", cpu.p99(), p99Target);
    table.add(benchmark, "CPU p99.9 µs", cpu.p999());
    Result<?> newTypos = primary("latencyNewTypos", "faq", faq);
    table.add(benchmark + ", new typos", "median µs", percentile(newTypos, 50));
    table.add(benchmark + ", new typos", "p99 µs", percentile(newTypos, 99));
    table.add(benchmark, "ops/s, 1 thread", primary("throughput", "faq", faq).getScore());
    table.add(benchmark, "ops/s, 2 threads", primary("throughput2Threads", "faq", faq).getScore());
    table.add(benchmark, "allocated B/call", secondary("throughput", "faq", faq, "gc.alloc.rate.norm"));
  }

  private void decideRatios() {
    String real = "decide " + label(FaqFolders.REAL);
    for (String faq : List.of("1000", "10000")) {
      String other = "decide " + label(faq);
      table.note(String.format(Locale.ROOT,
          "%s vs real FAQ: median ×%.1f, CPU median ×%.1f, p99 ×%.1f, CPU p99 ×%.1f, throughput (1 thread) ×%.2f",
          label(faq), ratio(other, real, "median µs"), ratio(other, real, "CPU median µs"),
          ratio(other, real, "p99 µs"), ratio(other, real, "CPU p99 µs"), ratio(other, real, "ops/s, 1 thread")));
    }
  }

  private void storeRows() {
    double saves = primary("save", null, null).getScore();
    table.add("escalation save (durable)", "ops/s", saves);
    table.add("escalation save (durable)", "mean ms", 1_000 / saves);
    double fsyncs = primary("fsyncReference", null, null).getScore();
    table.add("disk: 4 KB append + fsync (reference)", "ops/s", fsyncs);
    table.note(String.format(Locale.ROOT, "escalation saves reach %.0f%% of the disk's bare fsync rate", 100 * saves / fsyncs));
    for (String open : List.of("100", "10000")) {
      Result<?> queue = primary("openQueue", "open", open);
      String label = String.format(Locale.ROOT, "openQueue, 10,000 stored, %,d open", Integer.parseInt(open));
      table.add(label, "median ms", percentile(queue, 50));
      table.add(label, "p99 ms", percentile(queue, 99));
    }
  }

  private void startUpRows(String faq, Path dir, int runs) {
    Startup.Figures figures = Startup.measure(faq, dir, runs);
    boolean real = faq.equals(FaqFolders.REAL);
    String label = "start-up " + label(faq) + ", median of " + runs + " JVMs";
    table.add(label, "process start → ready ms", figures.spawnToReadyMs(), real ? START_UP_MS : Double.NaN);
    table.add(label, "main → ready ms", figures.mainToReadyMs());
    table.add(label, "CPU time to ready ms", figures.cpuToReadyMs());
    table.add(label, "first reply ms", figures.firstReplyMs());
    table.add(label, "heap after start MB", figures.heapMb(), real ? HEAP_MB : Double.NaN);
  }

  private static String label(String faq) {
    return switch (faq) {
      case FaqFolders.REAL -> "(real FAQ)";
      case "1000" -> "(1k FAQ)";
      case "10000" -> "(10k FAQ)";
      default -> "(" + faq + " FAQ)";
    };
  }

  private double ratio(String benchmark, String base, String metric) {
    return table.value(benchmark, metric) / table.value(base, metric);
  }

  private RunResult result(String method, String param, String value) {
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
        .filter(r -> param == null || Objects.equals(r.getParams().getParam(param), value))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no result for " + method + " " + param + "=" + value));
  }

  private Result<?> primary(String method, String param, String value) {
    return result(method, param, value).getPrimaryResult();
  }

  private double secondary(String method, String param, String value, String name) {
    Result<?> result = result(method, param, value).getSecondaryResults().get(name);
    return result == null ? Double.NaN : result.getScore();
  }

  private static double percentile(Result<?> result, double percentile) {
    return result.getStatistics().getPercentile(percentile);
  }
}
