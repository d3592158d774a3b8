package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * A Discord double on 127.0.0.1: REST and gateway servers that the real JDA client logs in to.
 * See the package documentation for how to use it.
 */
public final class FakeDiscord implements AutoCloseable {
    /** The token JDA must log in with; any other is refused with 401 (REST) and 4004 (gateway). */
    public static final String TOKEN = "fake-discord-bot-token";

    private final World world;
    private final FakeGateway gateway;
    private final Events events;
    private final FakeRestServer rest;
    private final FakeSessionController sessionController;
    private final FakeUser owner;
    private final FakeGuild guild;
    private boolean closed;

    private FakeDiscord() {
        world = new World(TOKEN, "ClinicFAQBot");
        owner = world.addUser("clinic-owner", false);
        guild = world.addGuild("Skin Clinic", owner);
        guild.addTextChannel("general");
        guild.addTextChannel("staff");
        guild.addRole("Staff", Permission.getRaw(
                Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_SEND_IN_THREADS,
                Permission.MESSAGE_HISTORY, Permission.MANAGE_THREADS));
        gateway = new FakeGateway(world);
        gateway.start();
        events = new Events(world, gateway);
        rest = new FakeRestServer(world, new RestRoutes(world, events, gateway.url()).router());
        sessionController = new FakeSessionController(gateway.url());
    }

    /**
     * Starts the servers on ephemeral loopback ports, with a world of: the bot, the guild "Skin Clinic" owned by
     * "clinic-owner", text channels "general" and "staff", roles {@code @everyone}, the bot's and "Staff".
     */
    public static FakeDiscord start() {
        return new FakeDiscord();
    }

    // ---- pointing JDA at the fake

    public String token() {
        return TOKEN;
    }

    /** {@code http://127.0.0.1:PORT/api/v10/} */
    public String restBaseUrl() {
        return rest.baseUrl();
    }

    /** {@code ws://127.0.0.1:PORT/} */
    public String gatewayUrl() {
        return gateway.url();
    }

    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(restBaseUrl());
    }

    /** Gives JDA the fake gateway's URL, and connects without Discord's 5 s spacing between IDENTIFYs. */
    public SessionController sessionController() {
        return sessionController;
    }

    /** Points a builder at the fake: REST base URL, session controller, uncompressed JSON gateway. */
    public JDABuilder configure(JDABuilder builder) {
        return builder.setRestConfig(restConfig())
                .setSessionController(sessionController)
                .setCompression(Compression.NONE);
    }

    /** {@code JDABuilder.createLight(token(), intents)}, pointed at the fake. */
    public JDABuilder jdaBuilder(GatewayIntent intent, GatewayIntent... more) {
        return configure(JDABuilder.createLight(TOKEN, EnumSet.of(intent, more)));
    }

    // ---- the world

    /** The bot user JDA logs in as. */
    public FakeUser bot() {
        return world.bot;
    }

    /** The application id (the same as the bot's user id). */
    public long applicationId() {
        return world.applicationId;
    }

    /** The default guild's owner (Discord gives the owner every permission). */
    public FakeUser owner() {
        return owner;
    }

    /** The default guild, "Skin Clinic". */
    public FakeGuild guild() {
        return guild;
    }

    /** Another guild, owned by {@link #owner()}, with the bot in it; add it before JDA logs in. */
    public FakeGuild addGuild(String name) {
        return world.addGuild(name, owner);
    }

    /** A new person (not a member of any guild until added, or until it speaks in one). */
    public FakeUser addUser(String username) {
        return world.addUser(username, false);
    }

    /** A new user that is a bot (not the one JDA logs in as). */
    public FakeUser addBotUser(String username) {
        return world.addUser(username, true);
    }

    /** The DM channel between the bot and the user (the same one every time). */
    public FakeChannel dmChannel(FakeUser user) {
        return world.dmWith(user);
    }

    /** Any channel by id: text channel, thread (e.g. one JDA created) or DM. */
    public FakeChannel channel(long id) {
        return world.requireChannel(id);
    }

    /** A message the fake knows (sent through it, or dispatched by a test). */
    public Optional<ObjectNode> message(long id) {
        return world.message(id).map(ObjectNode::deepCopy);
    }

    /** The channel's messages, oldest first. */
    public List<ObjectNode> messagesIn(FakeChannel channel) {
        return world.messagesIn(channel.id()).stream().map(ObjectNode::deepCopy).toList();
    }

    /** The registered global commands, as Discord stores them. */
    public ArrayNode globalCommands() {
        return world.commands("global").deepCopy();
    }

    /** The commands registered for one guild. */
    public ArrayNode guildCommands(FakeGuild g) {
        return world.commands(g.idString()).deepCopy();
    }

    /** Whether messages the bot sends come back to it as MESSAGE_CREATE, as on Discord (on by default). */
    public void echoBotMessages(boolean echo) {
        events.echoBotMessages(echo);
    }

    // ---- dispatching events to JDA

    /**
     * MESSAGE_CREATE from {@code author} in a text channel, thread or DM. Mentions are taken from the
     * content ({@link FakeUser#mention()}). Returns the message as dispatched (before intent filtering).
     */
    public ObjectNode dispatchMessageCreate(FakeUser author, FakeChannel channel, String content) {
        ObjectNode message = Payloads.message(world.ids.next(), channel, author, content);
        MessageBodies.mentions(world, message, channel);
        world.putMessage(message);
        events.messageCreate(message);
        return message.deepCopy();
    }

    /** MESSAGE_CREATE from {@code author} in its DM with the bot. */
    public ObjectNode dispatchDirectMessage(FakeUser author, String content) {
        return dispatchMessageCreate(author, dmChannel(author), content);
    }

    /**
     * INTERACTION_CREATE for a slash command (type 2). {@code command} may include a subcommand
     * ("staff list"). Option values: String, Integer/Long, Boolean, Double, FakeUser, FakeChannel, FakeRole.
     * The user's member roles are its roles in the channel's guild; a DM channel makes a DM interaction.
     */
    public FakeInteraction dispatchSlashCommand(String command, Map<String, ?> options, FakeUser user, FakeChannel channel) {
        InteractionState state = newInteraction(InteractionPayloads.APPLICATION_COMMAND, channel, user, 0);
        ObjectNode data = InteractionPayloads.commandData(world, command, options, channel, null);
        return dispatchInteraction(state, data, null);
    }

    /** INTERACTION_CREATE for autocomplete (type 4): {@code focusedOption} holds what the user has typed so far. */
    public FakeInteraction dispatchAutocomplete(
            String command, String focusedOption, String typed, Map<String, ?> otherOptions, FakeUser user, FakeChannel channel) {
        InteractionState state = newInteraction(InteractionPayloads.AUTOCOMPLETE, channel, user, 0);
        Map<String, Object> options = new LinkedHashMap<>(otherOptions);
        options.put(focusedOption, typed);
        ObjectNode data = InteractionPayloads.commandData(world, command, options, channel, focusedOption);
        return dispatchInteraction(state, data, null);
    }

    /** INTERACTION_CREATE for a button click (type 3) on a message the fake knows, e.g. one the bot sent. */
    public FakeInteraction dispatchButton(String customId, long messageId, FakeUser user) {
        ObjectNode message = world.message(messageId)
                .orElseThrow(() -> new NoSuchElementException("No message " + messageId + " to click a button on"));
        FakeChannel channel = world.requireChannel(message.get("channel_id").asLong());
        InteractionState state = newInteraction(InteractionPayloads.MESSAGE_COMPONENT, channel, user, messageId);
        ObjectNode data = Payloads.JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
        ObjectNode messageJson = message.deepCopy();
        if (!channel.isDm()) {
            messageJson.put("guild_id", Payloads.id(channel.guildId()));
        }
        return dispatchInteraction(state, data, messageJson);
    }

    /** INTERACTION_CREATE for a submitted modal (type 5): text inputs by custom id, each in a label. */
    public FakeInteraction dispatchModalSubmit(String modalId, Map<String, String> fields, FakeUser user, FakeChannel channel) {
        InteractionState state = newInteraction(InteractionPayloads.MODAL_SUBMIT, channel, user, 0);
        ObjectNode data = Payloads.JSON.createObjectNode().put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int uniqueId = 1;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", uniqueId++);
            label.putObject("component")
                    .put("type", 4)
                    .put("id", uniqueId++)
                    .put("custom_id", field.getKey())
                    .put("value", field.getValue());
        }
        return dispatchInteraction(state, data, null);
    }

    /** A thread a person started in a text channel: THREAD_CREATE. Returns the thread. */
    public FakeChannel dispatchThreadCreate(FakeChannel parent, String name, FakeUser starter) {
        FakeChannel thread = new FakeChannel(world.ids.next(), parent.guildId(), name, FakeChannel.PUBLIC_THREAD, parent.id(), starter.id());
        world.guild(parent.guildId()).addThread(thread);
        gateway.dispatch("THREAD_CREATE", Payloads.thread(world, thread, true));
        return thread;
    }

    /** GUILD_MEMBER_UPDATE with the member as the guild has it now (change roles with {@link FakeGuild#addMember}). */
    public void dispatchGuildMemberUpdate(FakeGuild g, FakeUser user) {
        events.memberUpdate(g, g.member(user));
    }

    /** Any dispatch, as given. */
    public void dispatch(String type, ObjectNode data) {
        gateway.dispatch(type, data);
    }

    private InteractionState newInteraction(int type, FakeChannel channel, FakeUser user, long messageId) {
        String token = "fake-interaction-" + UUID.randomUUID().toString().replace("-", "");
        InteractionState state = new InteractionState(world.ids.next(), token, type, channel, user, messageId);
        world.putInteraction(state);
        return state;
    }

    private FakeInteraction dispatchInteraction(InteractionState state, ObjectNode data, ObjectNode message) {
        ObjectNode payload = InteractionPayloads.envelope(world, state);
        payload.set("data", data);
        if (message != null) {
            payload.set("message", message);
        }
        gateway.dispatch("INTERACTION_CREATE", payload);
        return new FakeInteraction(this, state, payload);
    }

    // ---- connection faults

    /** Sends op 7 RECONNECT: JDA closes the connection and RESUMEs. */
    public void sendReconnect() {
        gateway.sendReconnect();
    }

    /** Cuts the gateway connection without a close frame; JDA RESUMEs, and gets what was dispatched meanwhile. */
    public void dropConnection() {
        gateway.dropConnection();
    }

    /** Whether a client is on the gateway now (identified or resumed, and not disconnected). */
    public boolean isClientConnected() {
        return gateway.isClientConnected();
    }

    // ---- REST faults

    /** The next REST call matching method and path (below /api/v10, a regex) fails with this Discord error. */
    public void failNext(String method, String pathRegex, int status, int discordErrorCode, String message) {
        rest.fail(method, pathRegex, status, discordErrorCode, message, 1);
    }

    /** Like {@link #failNext}, for every matching call until {@link #clear()}. */
    public void failAlways(String method, String pathRegex, int status, int discordErrorCode, String message) {
        rest.fail(method, pathRegex, status, discordErrorCode, message, Integer.MAX_VALUE);
    }

    /** The user has closed DMs: opening the DM channel works, sending in it fails 403 / 50007. */
    public void closeDirectMessages(FakeUser user) {
        failAlways("POST", "/channels/" + dmChannel(user).idString() + "/messages", 403, 50007,
                "Cannot send messages to this user");
    }

    // ---- recording

    /** Every REST call so far, oldest first. */
    public List<RecordedRequest> requests() {
        return rest.requests().snapshot();
    }

    /** REST calls no route knew (answered 404 "Unknown"); empty unless JDA needs a route the fake lacks. */
    public List<RecordedRequest> unhandledRequests() {
        return rest.unhandled();
    }

    /** The first REST call matching, waiting up to {@code timeout}; the failure lists every call recorded. */
    public RecordedRequest awaitRequest(Predicate<RecordedRequest> predicate, Duration timeout) {
        return rest.requests().await(predicate, timeout, "the predicate");
    }

    /** The first REST call with this method whose path (below /api/v10) matches the regex. */
    public RecordedRequest awaitRequest(String method, String pathRegex, Duration timeout) {
        Pattern path = Pattern.compile(pathRegex);
        return rest.requests().await(
                r -> r.method().equalsIgnoreCase(method) && path.matcher(r.path()).matches(),
                timeout,
                method + " " + pathRegex);
    }

    /** The first {@code count} REST calls with this method whose path matches, waiting for that many. */
    public List<RecordedRequest> awaitRequests(String method, String pathRegex, int count, Duration timeout) {
        Pattern path = Pattern.compile(pathRegex);
        return rest.requests().awaitCount(
                r -> r.method().equalsIgnoreCase(method) && path.matcher(r.path()).matches(),
                count,
                timeout,
                method + " " + pathRegex);
    }

    /** Every gateway payload received from JDA and sent to it, oldest first. */
    public List<GatewayFrame> gatewayFrames() {
        return gateway.frames().snapshot();
    }

    public GatewayFrame awaitGatewayFrame(Predicate<GatewayFrame> predicate, Duration timeout) {
        return gateway.frames().await(predicate, timeout, "the predicate");
    }

    /** Forgets recorded requests and frames and removes injected faults (the world stays). */
    public void clear() {
        rest.clear();
        gateway.frames().clear();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        sessionController.shutdown();
        rest.stop();
        gateway.shutdown();
    }
}
