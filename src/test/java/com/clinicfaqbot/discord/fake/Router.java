package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches REST calls to handlers by method and path template ({@code /channels/{channel}/messages}). */
final class Router {
    /** A REST call as a handler sees it. */
    record Call(String method, String path, Map<String, String> query, JsonNode body, Matcher params) {
        String param(String name) {
            return params.group(name);
        }

        long id(String name) {
            String value = param(name);
            try {
                return Long.parseUnsignedLong(value);
            } catch (NumberFormatException e) {
                throw new DiscordError(404, 0, "404: Not Found (" + name + " " + value + " is not a snowflake)");
            }
        }
    }

    /** What the fake answers: a status and an optional JSON body. */
    record Reply(int status, JsonNode body) {
        static Reply json(JsonNode body) {
            return new Reply(200, body);
        }

        static Reply noContent() {
            return new Reply(204, null);
        }
    }

    /** A Discord error response ({@code {"message": ..., "code": ...}}), thrown from a handler. */
    static final class DiscordError extends RuntimeException {
        final int status;
        final int code;

        DiscordError(int status, int code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        Reply reply() {
            return new Reply(status, Payloads.error(code, getMessage()));
        }
    }

    @FunctionalInterface
    interface Handler {
        Reply handle(Call call);
    }

    record Route(String method, String template, Pattern pattern, Handler handler) {}

    record Match(Route route, Matcher matcher) {}

    private final List<Route> routes = new ArrayList<>();

    void add(String method, String template, Handler handler) {
        String regex = template.replace(".", "\\.").replaceAll("\\{(\\w+)}", "(?<$1>[^/]+)");
        routes.add(new Route(method, template, Pattern.compile(regex), handler));
    }

    Optional<Match> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Matcher matcher = route.pattern().matcher(path);
                if (matcher.matches()) {
                    return Optional.of(new Match(route, matcher));
                }
            }
        }
        return Optional.empty();
    }
}
