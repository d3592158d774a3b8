package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gateway events about things in the world, with Discord's rules on who gets them: MESSAGE_CREATE needs the
 * GUILD_MESSAGES or DIRECT_MESSAGES intent, and without MESSAGE_CONTENT a guild message's content, embeds,
 * attachments and components arrive empty unless it mentions the bot or the bot wrote it.
 */
final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);

    private final World world;
    private final FakeGateway gateway;
    private volatile boolean echoBotMessages = true;

    Events(World world, FakeGateway gateway) {
        this.world = world;
        this.gateway = gateway;
    }

    void echoBotMessages(boolean echo) {
        this.echoBotMessages = echo;
    }

    /** A message someone other than the bot wrote; fails if JDA has no gateway session. */
    void messageCreate(ObjectNode message) {
        message("MESSAGE_CREATE", message);
    }

    /**
     * A message the bot made through REST: Discord sends the bot its own messages too (JDA fires
     * MessageReceivedEvent for them). Skipped while no client is logged in, or if echoing was turned off.
     */
    void echo(String type, ObjectNode message) {
        if (echoBotMessages && gateway.hasSession()) {
            message(type, message);
        }
    }

    private void message(String type, ObjectNode message) {
        FakeChannel channel = world.requireChannel(message.get("channel_id").asLong());
        GatewayIntent needed = channel.isDm() ? GatewayIntent.DIRECT_MESSAGES : GatewayIntent.GUILD_MESSAGES;
        if (!gateway.hasIntent(needed.getRawValue())) {
            LOG.warn("FAKE DISCORD: not sending {} in {}: the client did not ask for the {} intent",
                    type, channel.name(), needed);
            return;
        }
        ObjectNode event = message.deepCopy();
        long authorId = message.path("author").path("id").asLong();
        if (!channel.isDm()) {
            FakeGuild guild = world.guild(channel.guildId());
            event.put("guild_id", guild.idString());
            FakeUser author = world.user(authorId);
            if (author != null && !message.has("webhook_id")) {
                event.set("member", Payloads.member(guild.memberOrJoin(author), false));
            }
            boolean fromBot = authorId == world.bot.id();
            if (!fromBot && !mentionsBot(message) && !gateway.hasIntent(GatewayIntent.MESSAGE_CONTENT.getRawValue())) {
                LOG.info("Client lacks the MESSAGE_CONTENT intent: {} {} arrives without content", type, message.get("id"));
                event.put("content", "");
                for (String field : new String[] {"embeds", "attachments", "components"}) {
                    event.putArray(field);
                }
            }
        }
        gateway.dispatch(type, event);
    }

    private boolean mentionsBot(JsonNode message) {
        for (JsonNode user : message.path("mentions")) {
            if (user.path("id").asLong() == world.bot.id()) {
                return true;
            }
        }
        return false;
    }

    void threadCreate(FakeChannel thread) {
        if (gateway.hasSession()) {
            gateway.dispatch("THREAD_CREATE", Payloads.thread(world, thread, true));
        }
    }

    void memberUpdate(FakeGuild guild, FakeGuild.Member member) {
        if (!gateway.hasIntent(GatewayIntent.GUILD_MEMBERS.getRawValue())) {
            LOG.warn("FAKE DISCORD: not sending GUILD_MEMBER_UPDATE: the client did not ask for the GUILD_MEMBERS intent");
            return;
        }
        ObjectNode event = Payloads.member(member, true).put("guild_id", guild.idString());
        gateway.dispatch("GUILD_MEMBER_UPDATE", event);
    }
}
