package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the fake's REST API does, route by route. Errors carry Discord's JSON error codes. */
final class RestRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RestRoutes.class);

    private final World world;
    private final Events events;
    private final String gatewayUrl;

    RestRoutes(World world, Events events, String gatewayUrl) {
        this.world = world;
        this.events = events;
        this.gatewayUrl = gatewayUrl;
    }

    Router router() {
        Router r = new Router();
        r.add("GET", "/gateway", c -> Router.Reply.json(gateway(false)));
        r.add("GET", "/gateway/bot", c -> Router.Reply.json(gateway(true)));
        r.add("GET", "/users/@me", c -> Router.Reply.json(Payloads.user(world.bot).put("verified", true)));
        r.add("GET", "/users/{user}", this::getUser);
        r.add("POST", "/users/@me/channels", this::openDm);
        r.add("GET", "/applications/@me", c -> Router.Reply.json(Payloads.application(world)));
        r.add("GET", "/oauth2/applications/@me", c -> Router.Reply.json(Payloads.application(world)));
        r.add("GET", "/applications/{app}/commands", c -> Router.Reply.json(world.commands(scope(c, null))));
        r.add("PUT", "/applications/{app}/commands", c -> putCommands(c, null));
        r.add("POST", "/applications/{app}/commands", c -> upsertCommand(c, null));
        r.add("GET", "/applications/{app}/guilds/{guild}/commands", c -> Router.Reply.json(world.commands(scope(c, c.param("guild")))));
        r.add("PUT", "/applications/{app}/guilds/{guild}/commands", c -> putCommands(c, c.param("guild")));
        r.add("POST", "/applications/{app}/guilds/{guild}/commands", c -> upsertCommand(c, c.param("guild")));
        r.add("GET", "/channels/{channel}", c -> Router.Reply.json(Payloads.channel(world, channel(c))));
        r.add("PATCH", "/channels/{channel}", this::patchChannel);
        r.add("POST", "/channels/{channel}/messages", this::createMessage);
        r.add("GET", "/channels/{channel}/messages", this::history);
        r.add("GET", "/channels/{channel}/messages/{message}", c -> Router.Reply.json(message(c, channel(c))));
        r.add("PATCH", "/channels/{channel}/messages/{message}", this::editMessage);
        r.add("DELETE", "/channels/{channel}/messages/{message}", this::deleteMessage);
        r.add("POST", "/channels/{channel}/typing", c -> noContent(channel(c)));
        r.add("PUT", "/channels/{channel}/messages/{message}/reactions/{emoji}/{who}", c -> noContent(message(c, channel(c))));
        r.add("DELETE", "/channels/{channel}/messages/{message}/reactions/{emoji}/{who}", c -> noContent(message(c, channel(c))));
        r.add("POST", "/channels/{channel}/threads", this::startThread);
        r.add("POST", "/channels/{channel}/messages/{message}/threads", this::startThreadFromMessage);
        r.add("PUT", "/channels/{channel}/thread-members/{who}", c -> noContent(channel(c)));
        r.add("DELETE", "/channels/{channel}/thread-members/{who}", c -> noContent(channel(c)));
        r.add("GET", "/guilds/{guild}/members/{user}", this::getMember);
        r.add("PUT", "/guilds/{guild}/members/{user}/roles/{role}", c -> changeRole(c, true));
        r.add("DELETE", "/guilds/{guild}/members/{user}/roles/{role}", c -> changeRole(c, false));
        InteractionRoutes interactions = new InteractionRoutes(world, events);
        r.add("POST", "/interactions/{interaction}/{token}/callback", interactions::callback);
        r.add("POST", "/webhooks/{app}/{token}", interactions::followup);
        r.add("GET", "/webhooks/{app}/{token}/messages/{message}", interactions::getMessage);
        r.add("PATCH", "/webhooks/{app}/{token}/messages/{message}", interactions::editMessage);
        r.add("DELETE", "/webhooks/{app}/{token}/messages/{message}", interactions::deleteMessage);
        return r;
    }

    // ---- users and DMs

    private ObjectNode gateway(boolean bot) {
        ObjectNode json = Payloads.JSON.createObjectNode().put("url", gatewayUrl);
        if (bot) {
            json.put("shards", 1);
            json.putObject("session_start_limit")
                    .put("total", 1000)
                    .put("remaining", 999)
                    .put("reset_after", 0)
                    .put("max_concurrency", 1);
        }
        return json;
    }

    private Router.Reply getUser(Router.Call c) {
        FakeUser user = world.user(c.id("user"));
        if (user == null) {
            throw new Router.DiscordError(404, 10013, "Unknown User");
        }
        return Router.Reply.json(Payloads.user(user));
    }

    private Router.Reply openDm(Router.Call c) {
        FakeUser user = world.user(c.body().path("recipient_id").asLong());
        if (user == null) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (recipient_id: unknown user)");
        }
        return Router.Reply.json(Payloads.channel(world, world.dmWith(user)));
    }

    // ---- commands

    private static String scope(Router.Call c, String guild) {
        return guild == null ? "global" : guild;
    }

    private void checkApplication(Router.Call c) {
        if (c.id("app") != world.applicationId) {
            throw new Router.DiscordError(403, 50001, "Missing Access");
        }
    }

    private Router.Reply putCommands(Router.Call c, String guild) {
        checkApplication(c);
        String scope = scope(c, guild);
        ArrayNode previous = world.commands(scope);
        ArrayNode stored = Payloads.JSON.createArrayNode();
        for (JsonNode command : c.body()) {
            stored.add(registered(command, previous, guild));
        }
        world.putCommands(scope, stored);
        return Router.Reply.json(stored);
    }

    private Router.Reply upsertCommand(Router.Call c, String guild) {
        checkApplication(c);
        String scope = scope(c, guild);
        ArrayNode previous = world.commands(scope);
        ObjectNode command = registered(c.body(), previous, guild);
        ArrayNode stored = Payloads.JSON.createArrayNode();
        previous.forEach(old -> {
            if (!old.path("name").asText().equals(command.path("name").asText())) {
                stored.add(old);
            }
        });
        stored.add(command);
        world.putCommands(scope, stored);
        return Router.Reply.json(command);
    }

    /** The command as Discord stores it: ids kept for an unchanged name, a new version each time. */
    private ObjectNode registered(JsonNode command, ArrayNode previous, String guild) {
        ObjectNode stored = command.deepCopy();
        long id = 0;
        for (JsonNode old : previous) {
            if (old.path("name").asText().equals(command.path("name").asText())) {
                id = old.get("id").asLong();
            }
        }
        stored.put("id", Payloads.id(id != 0 ? id : world.ids.next()))
                .put("application_id", Payloads.id(world.applicationId))
                .put("version", Payloads.id(world.ids.next()));
        if (!stored.has("type")) {
            stored.put("type", 1);
        }
        if (!stored.has("default_member_permissions")) {
            stored.putNull("default_member_permissions");
        }
        if (guild != null) {
            stored.put("guild_id", guild);
        }
        return stored;
    }

    // ---- channels and messages

    private FakeChannel channel(Router.Call c) {
        FakeChannel channel = world.channel(c.id("channel"));
        if (channel == null) {
            throw new Router.DiscordError(404, 10003, "Unknown Channel");
        }
        return channel;
    }

    private ObjectNode message(Router.Call c, FakeChannel channel) {
        ObjectNode message = world.message(c.id("message")).orElse(null);
        if (message == null || message.get("channel_id").asLong() != channel.id()) {
            throw new Router.DiscordError(404, 10008, "Unknown Message");
        }
        return message;
    }

    private static Router.Reply noContent(Object checked) {
        return Router.Reply.noContent();
    }

    /** Discord's own check: the bot needs the permission in the guild (the fake has no channel overwrites). */
    private void requireBotPermission(FakeChannel channel, Permission permission) {
        if (channel.isDm()) {
            return;
        }
        long granted = world.guild(channel.guildId()).permissionsOf(world.bot);
        if ((granted & permission.getRawValue()) == 0) {
            LOG.info("Bot lacks {} in {}: answering 50013", permission, channel.name());
            throw new Router.DiscordError(403, 50013, "Missing Permissions");
        }
    }

    private Router.Reply createMessage(Router.Call c) {
        FakeChannel channel = channel(c);
        requireBotPermission(channel, channel.isThread() ? Permission.MESSAGE_SEND_IN_THREADS : Permission.MESSAGE_SEND);
        MessageBodies.validateCreate(c.body());
        ObjectNode message = Payloads.message(world.ids.next(), channel, world.bot, "");
        MessageBodies.apply(world, message, c.body(), channel);
        world.putMessage(message);
        events.echo("MESSAGE_CREATE", message);
        return Router.Reply.json(message);
    }

    private Router.Reply history(Router.Call c) {
        FakeChannel channel = channel(c);
        int limit = Integer.parseInt(c.query().getOrDefault("limit", "50"));
        List<ObjectNode> messages = new ArrayList<>(world.messagesIn(channel.id()));
        ArrayNode newestFirst = Payloads.JSON.createArrayNode();
        for (int i = messages.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            newestFirst.add(messages.get(i));
        }
        return Router.Reply.json(newestFirst);
    }

    private Router.Reply editMessage(Router.Call c) {
        FakeChannel channel = channel(c);
        ObjectNode message = message(c, channel);
        if (message.path("author").path("id").asLong() != world.bot.id()) {
            throw new Router.DiscordError(403, 50005, "Cannot edit a message authored by another user");
        }
        MessageBodies.validateContent(c.body());
        MessageBodies.apply(world, message, c.body(), channel);
        MessageBodies.markEdited(message);
        events.echo("MESSAGE_UPDATE", message);
        return Router.Reply.json(message);
    }

    private Router.Reply deleteMessage(Router.Call c) {
        FakeChannel channel = channel(c);
        ObjectNode message = message(c, channel);
        world.removeMessage(message.get("id").asLong());
        return Router.Reply.noContent();
    }

    private Router.Reply patchChannel(Router.Call c) {
        FakeChannel channel = channel(c);
        ObjectNode json = Payloads.channel(world, channel);
        // the fake does not keep channel edits; it answers with the edit applied
        JsonNode body = c.body();
        if (body.has("name")) {
            json.put("name", body.get("name").asText());
        }
        if (channel.isThread()) {
            ObjectNode metadata = (ObjectNode) json.get("thread_metadata");
            for (String field : new String[] {"archived", "locked", "invitable", "auto_archive_duration"}) {
                if (body.has(field)) {
                    metadata.set(field, body.get(field));
                }
            }
        }
        return Router.Reply.json(json);
    }

    // ---- threads

    private Router.Reply startThread(Router.Call c) {
        FakeChannel parent = channel(c);
        int type = c.body().path("type").asInt(FakeChannel.PRIVATE_THREAD);
        requireBotPermission(parent, type == FakeChannel.PRIVATE_THREAD
                ? Permission.CREATE_PRIVATE_THREADS : Permission.CREATE_PUBLIC_THREADS);
        return Router.Reply.json(createThread(parent, world.ids.next(), type, c.body()));
    }

    private Router.Reply startThreadFromMessage(Router.Call c) {
        FakeChannel parent = channel(c);
        ObjectNode starter = message(c, parent);
        requireBotPermission(parent, Permission.CREATE_PUBLIC_THREADS);
        long threadId = starter.get("id").asLong(); // a thread started from a message shares its id
        if (world.channel(threadId) != null) {
            throw new Router.DiscordError(400, 160004, "A thread has already been created for this message");
        }
        ObjectNode thread = createThread(parent, threadId, FakeChannel.PUBLIC_THREAD, c.body());
        starter.set("thread", thread.deepCopy());
        return Router.Reply.json(thread);
    }

    private ObjectNode createThread(FakeChannel parent, long id, int type, JsonNode body) {
        if (parent.isDm() || parent.isThread()) {
            throw new Router.DiscordError(400, 50024, "Cannot execute action on this channel type");
        }
        String name = body.path("name").asText("");
        if (name.isEmpty() || name.length() > 100) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (name: Must be between 1 and 100 in length.)");
        }
        FakeChannel thread = new FakeChannel(id, parent.guildId(), name, type, parent.id(), world.bot.id());
        world.guild(parent.guildId()).addThread(thread);
        events.threadCreate(thread);
        return Payloads.thread(world, thread, false);
    }

    // ---- members

    private FakeGuild guild(Router.Call c) {
        FakeGuild guild = world.guild(c.id("guild"));
        if (guild == null) {
            throw new Router.DiscordError(404, 10004, "Unknown Guild");
        }
        return guild;
    }

    private Router.Reply getMember(Router.Call c) {
        FakeGuild guild = guild(c);
        FakeUser user = world.user(c.id("user"));
        if (user == null || !guild.isMember(user)) {
            throw new Router.DiscordError(404, 10007, "Unknown Member");
        }
        return Router.Reply.json(Payloads.member(guild.member(user), true));
    }

    private Router.Reply changeRole(Router.Call c, boolean add) {
        FakeGuild guild = guild(c);
        FakeUser user = world.user(c.id("user"));
        if (user == null || !guild.isMember(user)) {
            throw new Router.DiscordError(404, 10007, "Unknown Member");
        }
        FakeRole role = guild.roles().stream()
                .filter(r -> r.id() == c.id("role"))
                .findFirst()
                .orElseThrow(() -> new Router.DiscordError(404, 10011, "Unknown Role"));
        List<FakeRole> roles = new ArrayList<>();
        guild.member(user).roleIds().stream().filter(id -> id != role.id()).map(guild::roleById).forEach(roles::add);
        if (add) {
            roles.add(role);
        }
        FakeGuild.Member member = guild.addMember(user, roles.toArray(FakeRole[]::new));
        events.memberUpdate(guild, member);
        return Router.Reply.noContent();
    }
}
