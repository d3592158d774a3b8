package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The two-terminal workflow for real: a client's chat process and a staff process, one folder. */
final class ConsoleLoopTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("An urgent question typed into chat reaches staff in another process, and their answer shows at the client's next prompt")
  void questionAndAnswerCrossProcesses() throws Exception {
    // GIVEN a folder holding a copy of the FAQ, nothing set up, and a client chatting there as dana
    copyFaq(folder.resolve("faq"));
    try (ChildJvm chat = ChildJvm.start(folder, "chat", "--user", "dana")) {

      // WHEN dana describes a problem after her treatment
      chat.type("my face is swollen and red 3 days after microneedling");

      // THEN she is told a person will reply and to call the clinic
      String ack = chat.await(line -> line.contains("a person will reply"), WAIT);
      assertTrue(ack.contains("call the clinic"), ack);

      // AND the escalation is in the folder's database, urgent, for staff
      long id;
      try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
        Escalation stored = new EscalationStore(database, Clock.systemUTC())
            .findOpenForClient("console", "dana").orElseThrow();
        assertTrue(stored.urgent());
        assertEquals(EscalationReason.COMPLICATION, stored.reason());
        id = stored.id();
      }

      // WHEN staff answer it from a second process in the same folder
      try (ChildJvm staff = ChildJvm.start(folder, "staff", "answer", String.valueOf(id),
          "Please come in today at 2pm so we can take a look.", "--as", "sam")) {
        staff.await(line -> line.startsWith("Answered #" + id), WAIT);
        assertEquals(0, staff.finish(WAIT), staff.stderr());
      }

      // AND dana presses Enter
      chat.type("");

      // THEN the staff answer is shown to her before her next prompt
      String shown = chat.await(line -> line.contains("Our team replied"), WAIT);
      assertEquals("bot> Our team replied to your question \"my face is swollen and red 3 days after microneedling\":"
          + " Please come in today at 2pm so we can take a look.", shown.replaceFirst("^(you> )+", ""));
      assertEquals(0, chat.finish(WAIT), chat.stderr());
    }

    // AND the store records the answer as delivered
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      EscalationStore store = new EscalationStore(database, Clock.systemUTC());
      assertEquals(0, store.undeliveredFor("console", "dana").size());
    }
  }

  private static void copyFaq(Path target) throws Exception {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(Path.of("faq"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
