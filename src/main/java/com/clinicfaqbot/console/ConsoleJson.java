package com.clinicfaqbot.console;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.CandidateRef;
import com.clinicfaqbot.escalation.DecisionOutcome;
import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.FollowUp;
import com.clinicfaqbot.escalation.Origin;
import com.clinicfaqbot.escalation.StaffAnswer;
import com.clinicfaqbot.escalation.review.EscalationReport;
import com.clinicfaqbot.escalation.review.QuestionGroup;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's JSON, for scripts: built field by field, so the names are a stable contract and
 * independent of the records' shapes. Times are ISO-8601 instants in UTC; absent values are
 * {@code null}; reasons and outcomes use their kebab-case codes.
 */
public final class ConsoleJson {
  private final ObjectMapper mapper = new ObjectMapper();

  public ConsoleJson() {
    // JSON already escapes C0 controls; DEL, C1 and bidi controls would reach a terminal raw.
    mapper.getFactory().setCharacterEscapes(new TerminalEscapes());
  }

  /** {@code \\u009b} and the like for the characters {@link TerminalText#unsafe} names. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    TerminalEscapes() {
      ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return TerminalText.unsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  /** One line of compact JSON, without the line break. */
  public String line(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e); // a tree of plain nodes always serializes
    }
  }

  public ObjectNode escalation(Escalation e) {
    ObjectNode json = mapper.createObjectNode();
    json.put("id", e.id());
    json.put("status", e.status().name().toLowerCase(Locale.ROOT));
    json.put("urgent", e.urgent());
    json.put("reason", e.reason().code());
    json.put("createdAt", e.createdAt().toString());
    ObjectNode client = json.putObject("client");
    client.put("platform", e.client().platform());
    client.put("userId", e.client().userId());
    client.put("name", e.client().displayName());
    json.set("origin", origin(e.origin()));
    json.put("question", e.question());
    ArrayNode candidates = json.putArray("candidates");
    for (CandidateRef candidate : e.candidates()) {
      candidates.addObject().put("faqId", candidate.faqId()).put("confidence", candidate.confidence());
    }
    ArrayNode followUps = json.putArray("followUps");
    for (FollowUp followUp : e.followUps()) {
      followUps.addObject().put("text", followUp.text()).put("at", followUp.at().toString());
    }
    json.put("claimedBy", e.claimedBy().orElse(null));
    json.set("answer", e.answer().map(this::answer).orElse(null));
    json.put("closedAt", text(e.closedAt()));
    json.put("staffRef", e.staffRef().orElse(null));
    return json;
  }

  public ObjectNode report(EscalationReport report) {
    ObjectNode json = mapper.createObjectNode();
    json.put("from", report.from().toString());
    json.put("to", report.to().toString());
    ObjectNode outcomes = json.putObject("byOutcome");
    for (Map.Entry<DecisionOutcome, Integer> count : report.byOutcome().entrySet()) {
      outcomes.put(count.getKey().code(), count.getValue());
    }
    json.set("byReason", reasons(report.byReason()));
    ArrayNode gaps = json.putArray("contentGaps");
    for (QuestionGroup group : report.contentGaps()) {
      ObjectNode gap = gaps.addObject();
      gap.put("question", group.representative());
      gap.put("count", group.count());
      group.escalationIds().forEach(gap.putArray("escalationIds")::add);
      gap.set("reasons", reasons(group.reasons()));
    }
    json.put("medianSecondsToAnswer",
        report.medianTimeToAnswer().map(Duration::toSeconds).orElse(null));
    return json;
  }

  private ObjectNode reasons(Map<EscalationReason, Integer> counts) {
    ObjectNode json = mapper.createObjectNode();
    for (Map.Entry<EscalationReason, Integer> count : counts.entrySet()) {
      json.put(count.getKey().code(), count.getValue());
    }
    return json;
  }

  private ObjectNode origin(Origin origin) {
    ObjectNode json = mapper.createObjectNode();
    json.put("kind", origin.kind().name().toLowerCase(Locale.ROOT));
    json.put("channelId", origin.channelId().orElse(null));
    json.put("messageId", origin.messageId().orElse(null));
    json.put("jumpUrl", origin.jumpUrl().orElse(null));
    return json;
  }

  private ObjectNode answer(StaffAnswer answer) {
    ObjectNode json = mapper.createObjectNode();
    json.put("staff", answer.staff());
    json.put("text", answer.text());
    json.put("answeredAt", answer.answeredAt().toString());
    json.put("delivered", answer.delivered());
    json.put("deliveryAttempts", answer.deliveryAttempts());
    json.put("lastDeliveryError", answer.lastDeliveryError().orElse(null));
    return json;
  }

  private static String text(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse(null);
  }
}
