package com.clinicfaqbot.bench;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.faq.FaqException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;

/**
 * The child side of {@link Startup}: a fresh JVM that loads, validates and indexes one FAQ folder
 * as the app does at start, answers one question, then prints one line of {@link System#nanoTime}
 * stamps (one clock for every process on the machine), the CPU time all its threads had used when
 * ready, and the heap in use after a full GC.
 */
public final class StartupProbe {
  static final String PREFIX = "startup-probe";

  private StartupProbe() {}

  public static void main(String[] args) throws FaqException {
    long main = System.nanoTime();
    CoreEngine engine = CoreEngine.load(Path.of(args[0]));
    long ready = System.nanoTime();
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    Reply first = engine.assistant().decide("does microneedling hurt");
    long firstReply = System.nanoTime();
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(
        PREFIX + " main=" + main + " ready=" + ready + " firstReply=" + firstReply + " heap=" + heap + " cpu=" + cpu
            + " entries=" + engine.catalog().size() + " outcome=" + first.outcome());
    Reference.reachabilityFence(engine);
  }
}
