package com.clinicfaqbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up measured in fresh JVMs: runs {@link StartupProbe} as {@code java -cp <this classpath>}
 * several times and takes medians of: process start to engine ready (what a person restarting
 * the bot waits for), {@code main} to ready (the FAQ parsed, validated and indexed), ready to the
 * first reply (cold code), the CPU time used until ready (all threads: JIT and GC too; unlike the
 * wall times, it hardly changes when other processes compete for the CPUs), and the heap in use
 * after start.
 */
final class Startup {
  /** Medians over the runs; times in ms, heap in MB. */
  record Figures(String faq, int entries, int runs, double spawnToReadyMs, double mainToReadyMs,
      double firstReplyMs, double cpuToReadyMs, double heapMb) {}

  private Startup() {}

  static Figures measure(String faq, Path dir, int runs) {
    List<Map<String, Long>> samples = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      samples.add(runOnce(dir));
    }
    return new Figures(
        faq,
        samples.get(0).get("entries").intValue(),
        runs,
        median(samples, s -> s.get("ready") - s.get("spawn")) / 1e6,
        median(samples, s -> s.get("ready") - s.get("main")) / 1e6,
        median(samples, s -> s.get("firstReply") - s.get("ready")) / 1e6,
        median(samples, s -> s.get("cpu")) / 1e6,
        median(samples, s -> s.get("heap")) / (1024.0 * 1024.0));
  }

  private static Map<String, Long> runOnce(Path dir) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"),
                StartupProbe.class.getName(), dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      long spawn = System.nanoTime();
      Process process = builder.start();
      String line;
      Map<String, Long> values = null;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        while ((line = out.readLine()) != null) {
          if (line.startsWith(StartupProbe.PREFIX + " ")) {
            values = parse(line);
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0 || values == null) {
        throw new IllegalStateException("the start-up probe on " + dir + " failed (exit " + exit + ")");
      }
      values.put("spawn", spawn);
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + java, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the start-up probe", e);
    }
  }

  private static Map<String, Long> parse(String line) {
    Map<String, Long> values = new HashMap<>();
    for (String pair : line.substring(StartupProbe.PREFIX.length() + 1).split(" ")) {
      String[] keyValue = pair.split("=", 2);
      if (!keyValue[0].equals("outcome")) {
        values.put(keyValue[0], Long.parseLong(keyValue[1]));
      }
    }
    return values;
  }

  private static double median(List<Map<String, Long>> samples, java.util.function.ToLongFunction<Map<String, Long>> f) {
    long[] values = samples.stream().mapToLong(f).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
  }
}
