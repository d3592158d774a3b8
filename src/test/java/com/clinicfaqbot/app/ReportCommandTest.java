package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.DecisionLog;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportCommandTest {
  @TempDir Path folder;
  private String config;

  /**
   * GIVEN three price questions and one complication escalated, two small talks and the four
   * escalations logged as decisions, and one of the escalations answered by staff.
   */
  @BeforeEach
  void storeActivity() throws Exception {
    config = CommandRun.config(folder).toString();
    try (Database database = Database.open(folder.resolve("data/clinic-faq.db"))) {
      EscalationStore store = new EscalationStore(database, Clock.systemUTC());
      DecisionLog decisions = new DecisionLog(database, Clock.systemUTC());
      List<String> prices = List.of("how much does it cost", "how much does microneedling cost", "what does it cost");
      for (String question : prices) {
        escalate(store, decisions, question, EscalationReason.BUSINESS);
      }
      long urgent = escalate(store, decisions, "my cheek is swollen", EscalationReason.COMPLICATION);
      decisions.record("console", "dana", new Reply.SmallTalk("Hi!"));
      decisions.record("console", "dana", new Reply.SmallTalk("Bye!"));
      store.answer(urgent, "sam", "Please call us.");
    }
  }

  private static long escalate(EscalationStore store, DecisionLog decisions, String question, EscalationReason reason) {
    Reply.Escalate decision = new Reply.Escalate(reason, List.of());
    decisions.record("console", "dana", decision);
    return store.create(NewEscalation.of(new ClientRef("console", "dana", "dana"), Origin.console(), question, decision)).id();
  }

  @Test
  @DisplayName("The text report counts decisions by outcome and escalations by reason, and lists the price questions as one gap")
  void textReport() {
    CommandRun run = CommandRun.of("report", "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertRow(out, "escalate", 4);
    assertRow(out, "smalltalk", 2);
    assertRow(out, "answer", 0);
    assertRow(out, "business", 3);
    assertRow(out, "complication", 1);
    assertTrue(Pattern.compile("(?m)^\\s+3  business 3\\s+how much does it cost$").matcher(out).find(), out);
    assertTrue(Pattern.compile("(?m)^Median time to a staff answer: \\d+s$").matcher(out).find(), out);
  }

  @Test
  @DisplayName("The JSON report holds the same counts and gaps")
  void jsonReport() throws Exception {
    CommandRun run = CommandRun.of("report", "--days", "1", "--json", "--config", config);

    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertEquals(4, report.get("byOutcome").get("escalate").asInt());
    assertEquals(2, report.get("byOutcome").get("smalltalk").asInt());
    assertEquals(3, report.get("byReason").get("business").asInt());
    assertEquals(1, report.get("byReason").get("complication").asInt());
    JsonNode biggestGap = report.get("contentGaps").get(0);
    assertEquals(3, biggestGap.get("count").asInt());
    assertEquals(3, biggestGap.get("reasons").get("business").asInt());
    assertTrue(report.get("medianSecondsToAnswer").isNumber());
  }

  @Test
  @DisplayName("--days below 1 is a usage error, exit 2")
  void daysMustBePositive() {
    CommandRun run = CommandRun.of("report", "--days", "0", "--config", config);

    assertEquals(2, run.exitCode());
    assertEquals("--days must be from 1 to 3650, got 0. Usage: clinic-faq-bot report [OPTIONS]\n", run.err());
  }

  private static void assertRow(String table, String name, int count) {
    assertTrue(Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s+" + count + "$").matcher(table).find(),
        () -> "no row \"" + name + " " + count + "\" in:\n" + table);
  }
}
