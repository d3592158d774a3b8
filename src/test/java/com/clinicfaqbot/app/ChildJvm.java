package com.clinicfaqbot.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code Main} in a separate JVM, as a person would run it in a terminal, on this test's class
 * path: lines can be typed to it and its output awaited with a deadline. Closing destroys it.
 */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final Writer stdin;
  private final Path stderr;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readStdout, "child-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code Main args} with {@code folder} as its working folder. */
  static ChildJvm start(Path folder, String... args) throws IOException {
    return start(folder, Map.of(), args);
  }

  /** Like {@link #start(Path, String...)}, with these environment variables set (others inherited). */
  static ChildJvm start(Path folder, Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(List.of(args));
    Path stderr = Files.createTempFile(folder, "stderr-", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(folder.toFile())
        .redirectError(stderr.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    return new ChildJvm(process, stderr);
  }

  private void readStdout() {
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process was destroyed: nothing more to read
    }
  }

  void type(String line) throws IOException {
    stdin.write(line + "\n");
    stdin.flush();
  }

  /** Waits for an output line matching {@code wanted}; fails with everything seen if none comes in time. */
  String await(Predicate<String> wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        throw new AssertionError("no such line within " + timeout + "; stdout so far:\n"
            + String.join("\n", seen) + "\nstderr:\n" + stderr());
      }
      seen.add(line);
      if (wanted.test(line)) {
        return line;
      }
    }
  }

  /** Sends SIGTERM (as a service manager stops a service) and waits for the exit code. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running " + timeout + " after SIGTERM; stderr:\n" + stderr());
    }
    return process.exitValue();
  }

  /** Waits for the process to end by itself; its exit code. */
  int exitCode(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + "; stderr:\n" + stderr());
    }
    return process.exitValue();
  }

  /** Closes stdin (Ctrl-D) and waits for the exit code. */
  int finish(Duration timeout) throws IOException, InterruptedException {
    stdin.close();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + "; stderr:\n" + stderr());
    }
    return process.exitValue();
  }

  String stderr() {
    try {
      return Files.readString(stderr);
    } catch (IOException e) {
      return "(cannot read " + stderr + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
