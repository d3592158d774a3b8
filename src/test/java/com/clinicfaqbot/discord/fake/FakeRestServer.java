package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST API under {@code /api/v10}: checks the bot token, records every call, applies injected faults,
 * routes to {@link RestRoutes}, and answers with rate-limit headers JDA's rate limiter is content with.
 * A call no route knows is answered 404 {@code {"message":"Unknown","code":0}} and logged as an error.
 */
final class FakeRestServer {
    private static final Logger LOG = LoggerFactory.getLogger(FakeRestServer.class);
    static final String PREFIX = "/api/v10";

    /** An injected failure: the next {@code remaining} calls matching it get this error. */
    private record Fault(String method, Pattern path, int status, int code, String message, AtomicInteger remaining) {
        boolean matches(String m, String p) {
            return method.equalsIgnoreCase(m) && path.matcher(p).matches() && remaining.get() > 0;
        }
    }

    private final World world;
    private final Router router;
    private final Recorder<RecordedRequest> requests = new Recorder<>("REST request");
    private final List<RecordedRequest> unhandled = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicInteger inFlight = new AtomicInteger();

    static {
        // The JDK's HttpServer leaves Nagle's algorithm on unless told otherwise (read once, when its first
        // server starts): it writes the headers and the body apart, so the body waits for the client's
        // delayed ACK, about 40 ms per response. Discord does not, and the burst test would measure this.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    FakeRestServer(World world, Router router) {
        this.world = world;
        this.router = router;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot bind the fake REST server", e);
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "fake-discord-rest-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to give JDA's {@code RestConfig#setBaseUrl}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "/";
    }

    Recorder<RecordedRequest> requests() {
        return requests;
    }

    List<RecordedRequest> unhandled() {
        return List.copyOf(unhandled);
    }

    void fail(String method, String pathRegex, int status, int code, String message, int times) {
        faults.add(new Fault(method, Pattern.compile(pathRegex), status, code, message, new AtomicInteger(times)));
    }

    void clear() {
        requests.clear();
        unhandled.clear();
        faults.clear();
    }

    /** Stops, after letting calls being answered finish (up to a second): a client may still be reading one. */
    void stop() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- one exchange

    private void handle(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        try (exchange) {
            String method = exchange.getRequestMethod();
            String fullPath = exchange.getRequestURI().getPath();
            Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
            String rawBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = parseBody(exchange.getRequestHeaders().getFirst("Content-Type"), rawBody);
            String path = fullPath.startsWith(PREFIX + "/") ? fullPath.substring(PREFIX.length()) : fullPath;

            String bucket = "unknown";
            Router.Reply reply;
            Optional<Router.Match> match = router.match(method, path);
            if (!fullPath.startsWith(PREFIX + "/")) {
                reply = unknownRoute(method, fullPath);
            } else if (!("Bot " + world.token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply = new Router.Reply(401, Payloads.error(0, "401: Unauthorized"));
            } else if (match.isEmpty()) {
                reply = unknownRoute(method, path);
            } else {
                bucket = Integer.toHexString((method + " " + match.get().route().template()).hashCode());
                reply = injectedFault(method, path)
                        .orElseGet(() -> run(match.get(), new Router.Call(method, path, query, body, match.get().matcher())));
            }

            RecordedRequest recorded = new RecordedRequest(Instant.now(), method, path, query, body, rawBody, reply.status());
            if (reply.status() == 404 && match.isEmpty()) {
                unhandled.add(recorded);
            }
            requests.add(recorded); // before answering, so a test that completed a RestAction sees it
            respond(exchange, reply, bucket);
        } catch (RuntimeException e) {
            LOG.error("FAKE DISCORD: failed to answer {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            throw e;
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Router.Reply unknownRoute(String method, String path) {
        LOG.error("FAKE DISCORD: no route for {} {} — answering 404; add it to RestRoutes if JDA needs it", method, path);
        return new Router.Reply(404, Payloads.error(0, "Unknown"));
    }

    private Optional<Router.Reply> injectedFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.matches(method, path) && fault.remaining().getAndDecrement() > 0) {
                LOG.info("Injected fault for {} {}: {} {}", method, path, fault.status(), fault.code());
                return Optional.of(new Router.Reply(fault.status(), Payloads.error(fault.code(), fault.message())));
            }
        }
        return Optional.empty();
    }

    private Router.Reply run(Router.Match match, Router.Call call) {
        try {
            return match.route().handler().handle(call);
        } catch (Router.DiscordError e) {
            return e.reply();
        } catch (RuntimeException e) {
            LOG.error("FAKE DISCORD: handler for {} {} failed", call.method(), call.path(), e);
            return new Router.Reply(500, Payloads.error(0, "500: Fake Discord handler failed: " + e));
        }
    }

    private static void respond(HttpExchange exchange, Router.Reply reply, String bucket) throws IOException {
        var headers = exchange.getResponseHeaders();
        long now = System.currentTimeMillis();
        headers.set("X-RateLimit-Limit", "50");
        headers.set("X-RateLimit-Remaining", "49");
        headers.set("X-RateLimit-Reset-After", "1.000");
        headers.set("X-RateLimit-Reset", String.format("%.3f", (now + 1000) / 1000.0));
        headers.set("X-RateLimit-Bucket", bucket);
        if (reply.body() == null) {
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = reply.body().toString().getBytes(StandardCharsets.UTF_8);
        headers.set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- parsing

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    /** JSON bodies as trees; for multipart uploads, the {@code payload_json} part. */
    static JsonNode parseBody(String contentType, String rawBody) {
        if (rawBody.isBlank()) {
            return MissingNode.getInstance();
        }
        String json = rawBody;
        if (contentType != null && contentType.startsWith("multipart/form-data")) {
            json = payloadJsonPart(contentType, rawBody);
            if (json == null) {
                return MissingNode.getInstance();
            }
        }
        try {
            return Payloads.JSON.readTree(json);
        } catch (IOException e) {
            LOG.warn("FAKE DISCORD: request body is not JSON: {}", rawBody);
            return MissingNode.getInstance();
        }
    }

    private static String payloadJsonPart(String contentType, String body) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            return null;
        }
        String boundary = "--" + contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
        for (String part : body.split(Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd > 0 && part.substring(0, headerEnd).contains("name=\"payload_json\"")) {
                return part.substring(headerEnd + 4).stripTrailing();
            }
        }
        return null;
    }
}
