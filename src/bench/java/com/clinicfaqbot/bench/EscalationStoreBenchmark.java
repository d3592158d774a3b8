package com.clinicfaqbot.bench;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The escalation store on a real SQLite file in the temporary folder (on this machine's disk, so
 * every commit is an fsync): how many escalations per second it saves durably, against how many
 * bare 4 KB fsyncs per second the same disk allows, and how long listing the open queue takes
 * with 10,000 escalations stored.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
public class EscalationStoreBenchmark {
  private static final int STORED = 10_000;

  /** A store on a new database file, deleted afterwards. */
  @State(Scope.Benchmark)
  public static class Store {
    TempStore temp;

    @Setup(Level.Trial)
    public void open() throws IOException {
      temp = TempStore.create();
    }

    @TearDown(Level.Trial)
    public void close() {
      temp.close();
    }
  }

  /** {@value #STORED} escalations stored, of which {@code open} still wait for staff. */
  @State(Scope.Benchmark)
  public static class FullStore {
    @Param({"100", "10000"})
    public int open;

    TempStore temp;

    /**
     * Fills a database in memory-backed {@code /dev/shm} where there is one (21,000 durable
     * commits on disk would take minutes), then moves the file to the disk and opens it there.
     */
    @Setup(Level.Trial)
    public void fill() throws IOException {
      Path shm = Path.of("/dev/shm");
      TempStore filling = Files.isDirectory(shm) ? TempStore.createIn(shm) : TempStore.create();
      EscalationStore store = filling.store;
      int closeEvery = STORED / open;
      for (int i = 0; i < STORED; i++) {
        Escalation saved = store.create(filling.nextEscalation());
        if (i % 10 == 0) {
          store.appendFollowUp(saved.id(), "also, is it ok if I have a cold sore? (" + i + ")");
        }
        if (i % closeEvery != 0) {
          store.close(saved.id());
        }
      }
      temp = TempStore.copyOf(filling);
      FaqFolders.deleteTree(filling.dir);
      int queued = temp.store.openQueue().size();
      if (queued != open) {
        throw new IllegalStateException("expected " + open + " open escalations, found " + queued);
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      temp.close();
    }
  }

  /** An escalation store on a file in a new temporary folder, deleted on {@link #close}. */
  static final class TempStore {
    private static final String FILE = "escalations.db";

    final Path dir;
    final Database database;
    final EscalationStore store;
    private int next;

    private TempStore(Path dir) {
      this.dir = dir;
      database = Database.open(dir.resolve(FILE));
      store = new EscalationStore(database, Clock.systemUTC());
    }

    /** A new, empty database in the default temporary folder (on this machine, the disk). */
    static TempStore create() throws IOException {
      return new TempStore(Files.createTempDirectory("clinic-escalations-"));
    }

    /** A new, empty database in a new folder under {@code parent}. */
    static TempStore createIn(Path parent) throws IOException {
      return new TempStore(Files.createTempDirectory(parent, "clinic-escalations-"));
    }

    /** A copy of {@code other}'s database (closed first) in the default temporary folder. */
    static TempStore copyOf(TempStore other) throws IOException {
      other.database.close();
      Path dir = Files.createTempDirectory("clinic-escalations-");
      Files.copy(other.dir.resolve(FILE), dir.resolve(FILE));
      return new TempStore(dir);
    }

    NewEscalation nextEscalation() {
      return escalation(next++);
    }

    void close() {
      database.close();
      FaqFolders.deleteTree(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Escalation save(Store store) {
    return store.temp.store.create(store.temp.nextEscalation());
  }

  /** What the disk allows: one 4 KB append and fsync, the least a durable commit costs. */
  @State(Scope.Benchmark)
  public static class SyncedFile {
    Path dir;
    FileChannel channel;
    final ByteBuffer page = ByteBuffer.allocate(4_096);

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = Files.createTempDirectory("clinic-fsync-");
      channel = FileChannel.open(dir.resolve("appends"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      channel.close();
      FaqFolders.deleteTree(dir);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public int fsyncReference(SyncedFile file) throws IOException {
    file.page.clear();
    int written = file.channel.write(file.page);
    file.channel.force(false);
    return written;
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<Escalation> openQueue(FullStore store) {
    return store.temp.store.openQueue();
  }

  /** A varied escalation like the assistant creates: some urgent, all with three candidates. */
  static NewEscalation escalation(int n) {
    EscalationReason reason = EscalationReason.values()[n % EscalationReason.values().length];
    return new NewEscalation(
        new ClientRef("discord", "user-" + (n % 997), "Client " + n),
        Origin.channel("channel-" + (n % 7), "message-" + n, "https://discord.invalid/jump/" + n),
        ClientQuestions.ALL.get(n % ClientQuestions.ALL.size()),
        reason,
        reason.urgent(),
        List.of(
            new CandidateRef("downtime", 0.41),
            new CandidateRef("aftercare", 0.22),
            new CandidateRef("side-effects", 0.09)));
  }
}
