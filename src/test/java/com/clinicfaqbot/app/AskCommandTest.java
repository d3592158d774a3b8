package com.clinicfaqbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The ask command")
final class AskCommandTest {

  private static List<JsonNode> rows(CommandRun run) throws Exception {
    assertEquals(0, run.exitCode(), run::err);
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        rows.add(new ObjectMapper().readTree(line));
      }
    }
    return rows;
  }

  @Test
  @DisplayName("--json reads stdin and prints one object per question, in order, with exactly the documented keys")
  void jsonFromStdin() throws Exception {
    List<JsonNode> rows = rows(CommandRun.withInput(
        "will it hurt\nhow much does it cost\nmy face is bleeding and wont stop\nhi\n", "ask", "--json"));
    assertEquals(4, rows.size());
    for (JsonNode row : rows) {
      List<String> keys = new ArrayList<>();
      for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
        keys.add(names.next());
      }
      assertEquals(List.of("question", "outcome", "faqId", "candidates", "urgent", "reason", "confidence", "micros"), keys);
      assertTrue(row.get("micros").isIntegralNumber() && row.get("micros").asLong() >= 0);
      double confidence = row.get("confidence").asDouble();
      assertTrue(confidence >= 0 && confidence <= 1, row::toString);
    }
    assertEquals("will it hurt", rows.get(0).get("question").asText());
    assertEquals("answer", rows.get(0).get("outcome").asText());
    assertEquals("pain", rows.get(0).get("faqId").asText());
    assertEquals("business", rows.get(1).get("reason").asText());
    assertTrue(rows.get(1).get("faqId").isNull());
    assertEquals("escalate", rows.get(2).get("outcome").asText());
    assertTrue(rows.get(2).get("urgent").asBoolean());
    assertEquals("complication", rows.get(2).get("reason").asText());
    assertEquals("smalltalk", rows.get(3).get("outcome").asText());
  }

  @Test
  @DisplayName("takes one question per argument")
  void fromArguments() throws Exception {
    List<JsonNode> rows = rows(CommandRun.of("ask", "--json", "do you use numbing cream", "where are you located"));
    assertEquals(2, rows.size());
    assertEquals("do you use numbing cream", rows.get(0).get("question").asText());
    assertEquals("numbing-cream", rows.get(0).get("faqId").asText());
    assertEquals("where are you located", rows.get(1).get("question").asText());
    assertEquals("business", rows.get(1).get("reason").asText());
  }

  @Test
  @DisplayName("takes --config (its FAQ folder and thresholds) and --faq, like the other commands")
  void configAndFaqFlags(@TempDir Path folder) throws Exception {
    Path faq = Files.createDirectories(folder.resolve("one-entry"));
    Files.writeString(faq.resolve("a.yaml"),
        "entries:\n  - id: parking\n    question: Where do I park?\n    answer: Behind the clinic.\n");
    Path config = Files.writeString(folder.resolve("config.yaml"), "faq:\n  dir: one-entry\n");

    List<JsonNode> fromConfig = rows(CommandRun.of("ask", "--json", "--config", config.toString(), "where do i park"));
    List<JsonNode> fromFlag = rows(CommandRun.of("ask", "--json", "--faq", faq.toString(), "where do i park"));

    assertEquals("parking", fromConfig.get(0).get("faqId").asText());
    assertEquals("parking", fromFlag.get(0).get("faqId").asText());

    // a config whose answer threshold no entry can reach: the same question goes to staff
    Files.writeString(config, "faq:\n  dir: one-entry\nthresholds:\n  answer: 1\n  clarify: 1\n");
    List<JsonNode> strict = rows(CommandRun.of("ask", "--json", "--config", config.toString(), "where do i park"));
    assertEquals("escalate", strict.get(0).get("outcome").asText());
  }
}
