package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One gateway payload, as the fake received it from JDA ({@link Direction#RECEIVED}) or sent it.
 *
 * @param type the dispatch name ({@code t}) for op 0, null otherwise
 * @param data the {@code d} field
 */
public record GatewayFrame(Instant at, Direction direction, int op, String type, JsonNode data) {
    public enum Direction {
        RECEIVED,
        SENT
    }

    /** Op codes this fake knows. */
    public static final int DISPATCH = 0;
    public static final int HEARTBEAT = 1;
    public static final int IDENTIFY = 2;
    public static final int PRESENCE_UPDATE = 3;
    public static final int RESUME = 6;
    public static final int RECONNECT = 7;
    public static final int REQUEST_GUILD_MEMBERS = 8;
    public static final int INVALID_SESSION = 9;
    public static final int HELLO = 10;
    public static final int HEARTBEAT_ACK = 11;

    public boolean received(int opCode) {
        return direction == Direction.RECEIVED && op == opCode;
    }

    @Override
    public String toString() {
        String d = data == null ? "null" : data.toString();
        if (d.length() > 300) {
            d = d.substring(0, 300) + "…";
        }
        // never print the token a client identified with
        d = d.replaceAll("\"token\":\"[^\"]*\"", "\"token\":\"<redacted>\"");
        return direction + " op=" + op + (type == null ? "" : " t=" + type) + " d=" + d;
    }
}
