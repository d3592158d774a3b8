package com.clinicfaqbot.discord.fake;

import com.clinicfaqbot.discord.fake.LoopbackWebSocketServer.Connection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: plain JSON text frames (JDA must be built with {@code Compression.NONE}).
 *
 * <p>Keeps one session, the latest IDENTIFY's. Every dispatch gets the session's next sequence number and is
 * kept, so a RESUME replays exactly what the client missed; dispatches made while the client is disconnected
 * wait for that replay.
 */
final class FakeGateway implements LoopbackWebSocketServer.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    static final int HEARTBEAT_INTERVAL_MS = 41_250;

    private final World world;
    private final Recorder<GatewayFrame> frames = new Recorder<>("gateway frame");
    private volatile LoopbackWebSocketServer server;
    private final Object lock = new Object();
    private Session session; // guarded by lock

    private static final class Session {
        final String id = UUID.randomUUID().toString().replace("-", "");
        final int intents;
        final List<ObjectNode> replayable = new ArrayList<>();
        long sequence;
        Connection connection;

        Session(int intents) {
            this.intents = intents;
        }
    }

    FakeGateway(World world) {
        this.world = world;
    }

    void start() {
        server = new LoopbackWebSocketServer(this);
    }

    String url() {
        return "ws://127.0.0.1:" + server.port() + "/";
    }

    Recorder<GatewayFrame> frames() {
        return frames;
    }

    // ---- connections

    @Override
    public void onOpen(Connection connection, String resource) {
        LOG.debug("Gateway connection to {}", resource);
        ObjectNode hello = Payloads.JSON.createObjectNode().put("op", GatewayFrame.HELLO);
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MS);
        send(connection, hello);
    }

    @Override
    public void onText(Connection connection, String text) {
        JsonNode frame;
        try {
            frame = Payloads.JSON.readTree(text);
        } catch (IOException e) {
            LOG.error("FAKE DISCORD: unparseable gateway frame from JDA: {}", text, e);
            return;
        }
        int op = frame.path("op").asInt(-1);
        JsonNode data = frame.get("d");
        frames.add(new GatewayFrame(Instant.now(), GatewayFrame.Direction.RECEIVED, op, null, data));
        switch (op) {
            case GatewayFrame.HEARTBEAT -> send(connection, Payloads.JSON.createObjectNode().put("op", GatewayFrame.HEARTBEAT_ACK));
            case GatewayFrame.IDENTIFY -> identify(connection, data);
            case GatewayFrame.RESUME -> resume(connection, data);
            case GatewayFrame.REQUEST_GUILD_MEMBERS -> sendMemberChunk(data);
            case GatewayFrame.PRESENCE_UPDATE, 4 -> LOG.debug("Ignoring gateway op {}", op);
            default -> LOG.warn("FAKE DISCORD: gateway op {} is not handled: {}", op, text);
        }
    }

    @Override
    public void onClose(Connection connection, int code, String reason, boolean byClient) {
        LOG.debug("Gateway connection closed: {} {} (by client: {})", code, reason, byClient);
        synchronized (lock) {
            if (session != null && session.connection == connection) {
                session.connection = null;
            }
        }
    }

    // ---- session

    private void identify(Connection connection, JsonNode data) {
        if (!world.token.equals(data.path("token").asText())) {
            LOG.warn("FAKE DISCORD: IDENTIFY with a wrong token; closing with 4004");
            connection.close(4004, "Authentication failed.");
            return;
        }
        synchronized (lock) {
            session = new Session(data.path("intents").asInt());
            session.connection = connection;
            dispatchLocked("READY", Payloads.ready(world, session.id, url()), false);
            for (FakeGuild guild : world.guilds()) {
                dispatchLocked("GUILD_CREATE", Payloads.guildCreate(world, guild), true);
            }
        }
    }

    private void resume(Connection connection, JsonNode data) {
        synchronized (lock) {
            if (session == null || !session.id.equals(data.path("session_id").asText())) {
                LOG.info("RESUME of an unknown session; answering INVALID_SESSION");
                send(connection, Payloads.JSON.createObjectNode().put("op", GatewayFrame.INVALID_SESSION).put("d", false));
                return;
            }
            session.connection = connection;
            long seen = data.path("seq").asLong();
            int replayed = 0;
            for (ObjectNode event : session.replayable) {
                if (event.get("s").asLong() > seen) {
                    send(connection, event);
                    replayed++;
                }
            }
            LOG.debug("Resumed session after seq {}, replayed {} events", seen, replayed);
            dispatchLocked("RESUMED", Payloads.JSON.createObjectNode(), false);
        }
    }

    private void sendMemberChunk(JsonNode request) {
        FakeGuild guild = world.guild(request.path("guild_id").asLong());
        if (guild == null) {
            return;
        }
        ObjectNode chunk = Payloads.JSON.createObjectNode()
                .put("guild_id", guild.idString())
                .put("chunk_index", 0)
                .put("chunk_count", 1);
        Set<String> wanted = new HashSet<>();
        JsonNode ids = request.path("user_ids");
        if (ids.isArray()) {
            ids.forEach(id -> wanted.add(id.asText()));
        } else if (!ids.isMissingNode() && !ids.isNull()) {
            wanted.add(ids.asText());
        }
        ArrayNode members = chunk.putArray("members");
        for (FakeGuild.Member member : guild.members()) {
            if (wanted.isEmpty() || wanted.contains(member.user().idString())) {
                members.add(Payloads.member(member, true));
            }
        }
        chunk.putArray("not_found");
        if (request.hasNonNull("nonce")) {
            chunk.put("nonce", request.get("nonce").asText());
        }
        dispatch("GUILD_MEMBERS_CHUNK", chunk);
    }

    // ---- dispatching

    /** Whether the current session asked for this intent (a bit of {@code GatewayIntent#getRawValue()}). */
    boolean hasIntent(int intentBit) {
        synchronized (lock) {
            return session != null && (session.intents & intentBit) == intentBit;
        }
    }

    boolean hasSession() {
        synchronized (lock) {
            return session != null;
        }
    }

    /** Sends an event to the client now, or keeps it for its RESUME if it is disconnected. */
    void dispatch(String type, ObjectNode data) {
        synchronized (lock) {
            if (session == null) {
                throw new IllegalStateException("No gateway session: log JDA in (awaitReady) before dispatching " + type);
            }
            dispatchLocked(type, data, true);
        }
    }

    private void dispatchLocked(String type, ObjectNode data, boolean replayable) {
        ObjectNode event = Payloads.JSON.createObjectNode().put("op", GatewayFrame.DISPATCH).put("t", type);
        event.put("s", ++session.sequence);
        event.set("d", data);
        if (replayable) {
            session.replayable.add(event);
        }
        if (session.connection != null && session.connection.isOpen()) {
            send(session.connection, event);
        } else {
            LOG.debug("Client disconnected; {} (s={}) waits for RESUME", type, session.sequence);
        }
    }

    /** Sends op 7: the client should close and RESUME. */
    void sendReconnect() {
        synchronized (lock) {
            send(requireConnection(), Payloads.JSON.createObjectNode().put("op", GatewayFrame.RECONNECT).putNull("d"));
        }
    }

    /** Drops the TCP connection without a close handshake, as a network failure would. */
    void dropConnection() {
        synchronized (lock) {
            Connection connection = requireConnection();
            session.connection = null;
            connection.abort();
        }
    }

    boolean isClientConnected() {
        synchronized (lock) {
            return session != null && session.connection != null && session.connection.isOpen();
        }
    }

    private Connection requireConnection() {
        if (session == null || session.connection == null) {
            throw new IllegalStateException("No client is connected to the fake gateway");
        }
        return session.connection;
    }

    private void send(Connection connection, ObjectNode frame) {
        if (!connection.sendText(frame.toString())) {
            LOG.debug("Not sent, the connection is closing: {}", frame.get("t"));
            return;
        }
        JsonNode type = frame.get("t");
        frames.add(new GatewayFrame(
                Instant.now(),
                GatewayFrame.Direction.SENT,
                frame.get("op").asInt(),
                type == null || type.isNull() ? null : type.asText(),
                frame.get("d")));
    }

    void shutdown() {
        server.stop();
    }
}
