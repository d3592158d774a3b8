package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.Map;

/**
 * One REST request JDA made to the fake, and the status the fake answered with.
 *
 * @param path the path below {@code /api/v10}, e.g. {@code /channels/123/messages}
 * @param body the JSON body (for multipart uploads, the {@code payload_json} part); a missing node if none
 * @param status the HTTP status the fake answered
 */
public record RecordedRequest(
        Instant at,
        String method,
        String path,
        Map<String, String> query,
        JsonNode body,
        String rawBody,
        int status) {

    /** Whether this is {@code method} on a path that matches {@code pathRegex} entirely. */
    public boolean is(String method, String pathRegex) {
        return this.method.equalsIgnoreCase(method) && path.matches(pathRegex);
    }

    /** The text at a JSON pointer into the body (e.g. {@code "/data/content"}), or null. */
    public String text(String jsonPointer) {
        JsonNode node = body == null ? MissingNode.getInstance() : body.at(jsonPointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** The number at a JSON pointer into the body, or {@code fallback}. */
    public long number(String jsonPointer, long fallback) {
        JsonNode node = body == null ? MissingNode.getInstance() : body.at(jsonPointer);
        return node.isMissingNode() || node.isNull() ? fallback : node.asLong(fallback);
    }

    @Override
    public String toString() {
        String q = query.isEmpty() ? "" : "?" + query;
        String b = rawBody == null || rawBody.isEmpty() ? "" : " " + abbreviate(rawBody);
        return method + " " + path + q + b + " -> " + status;
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
