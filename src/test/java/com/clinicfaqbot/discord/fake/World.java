package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Everything the fake Discord knows: users, guilds, DMs, messages, commands and open interactions. */
final class World {
    final Snowflakes ids = new Snowflakes();
    final String token;
    final FakeUser bot;
    final long applicationId;

    private final Map<Long, FakeUser> users = new ConcurrentHashMap<>();
    private final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
    private final Map<Long, FakeChannel> dmByUser = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> commands = new ConcurrentHashMap<>();
    private final Map<String, InteractionState> interactionsByToken = new ConcurrentHashMap<>();

    World(String token, String botName) {
        this.token = token;
        this.bot = new FakeUser(ids.next(), botName, true);
        // newer applications share their id with their bot user
        this.applicationId = bot.id();
        users.put(bot.id(), bot);
    }

    FakeUser addUser(String username, boolean isBot) {
        FakeUser user = new FakeUser(ids.next(), username, isBot);
        users.put(user.id(), user);
        return user;
    }

    FakeUser user(long id) {
        return users.get(id);
    }

    FakeGuild addGuild(String name, FakeUser owner) {
        FakeGuild guild = new FakeGuild(ids, name, owner, bot);
        guilds.add(guild);
        return guild;
    }

    List<FakeGuild> guilds() {
        return List.copyOf(guilds);
    }

    FakeGuild guild(long id) {
        return guilds.stream().filter(g -> g.id() == id).findFirst().orElse(null);
    }

    /** The DM channel between the bot and this user; Discord keeps one per user, and so does the fake. */
    FakeChannel dmWith(FakeUser user) {
        return dmByUser.computeIfAbsent(
                user.id(), id -> new FakeChannel(ids.next(), 0, "dm-" + user.username(), FakeChannel.DM, 0, id));
    }

    /** Any channel by id: a guild's text channel or thread, or a DM; null if unknown. */
    FakeChannel channel(long id) {
        for (FakeGuild guild : guilds) {
            FakeChannel channel = guild.channelById(id);
            if (channel != null) {
                return channel;
            }
        }
        return dmByUser.values().stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    FakeChannel requireChannel(long id) {
        FakeChannel channel = channel(id);
        if (channel == null) {
            throw new NoSuchElementException("No channel " + id);
        }
        return channel;
    }

    // ---- messages

    void putMessage(ObjectNode message) {
        messages.put(message.get("id").asLong(), message);
    }

    void removeMessage(long id) {
        messages.remove(id);
    }

    Optional<ObjectNode> message(long id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** The channel's messages, oldest first. */
    List<ObjectNode> messagesIn(long channelId) {
        return messages.values().stream()
                .filter(m -> m.get("channel_id").asLong() == channelId)
                .sorted(Comparator.comparingLong(m -> m.get("id").asLong()))
                .toList();
    }

    // ---- application commands ("global" or a guild id)

    void putCommands(String scope, ArrayNode list) {
        commands.put(scope, list);
    }

    ArrayNode commands(String scope) {
        return commands.computeIfAbsent(scope, s -> Payloads.JSON.createArrayNode());
    }

    /** The id of a registered command with this name, guild commands first; 0 if none. */
    long commandId(String name, long guildId) {
        for (String scope : List.of(Long.toUnsignedString(guildId), "global")) {
            ArrayNode list = commands.get(scope);
            if (list != null) {
                for (var command : list) {
                    if (name.equals(command.path("name").asText())) {
                        return command.get("id").asLong();
                    }
                }
            }
        }
        return 0;
    }

    boolean isGuildCommand(String name, long guildId) {
        ArrayNode list = commands.get(Long.toUnsignedString(guildId));
        if (list != null) {
            for (var command : list) {
                if (name.equals(command.path("name").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- interactions

    void putInteraction(InteractionState state) {
        interactionsByToken.put(state.token, state);
    }

    InteractionState interaction(String token) {
        return interactionsByToken.get(token);
    }
}
