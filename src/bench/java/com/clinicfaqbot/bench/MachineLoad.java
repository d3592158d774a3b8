package com.clinicfaqbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How busy other processes kept the CPUs while the benchmarks ran, from Linux's {@code /proc}:
 * all CPU time used on the machine, less this process's and its waited-for children's (the JMH
 * forks and start-up probes). Benchmarks on a shared machine are only as good as this figure.
 */
final class MachineLoad {
  private final long[] start = sample();

  /** CPUs' worth of time other processes used since this object was made, or NaN off Linux. */
  double otherCpus() {
    long[] end = sample();
    if (start == null || end == null || end[1] == start[1]) {
      return Double.NaN;
    }
    long busy = end[0] - start[0];
    long elapsed = end[1] - start[1];
    long own = end[2] - start[2];
    return Math.max(0, busy - own) / (double) elapsed;
  }

  /** Busy ticks on all CPUs, all ticks divided by the CPU count, and this process tree's ticks. */
  private static long[] sample() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      long all = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        long ticks = Long.parseLong(cpu[i]);
        all += ticks;
        if (i != 4 && i != 5) { // idle, iowait
          busy += ticks;
        }
      }
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // utime, stime, cutime, cstime are fields 14-17 of the line, 12-15 after "pid (comm) ".
      long own = 0;
      for (int i = 11; i <= 14; i++) {
        own += Long.parseLong(fields[i]);
      }
      return new long[] {busy, all / Runtime.getRuntime().availableProcessors(), own};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
