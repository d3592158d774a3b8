package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import net.dv8tion.jda.api.Permission;

/** INTERACTION_CREATE payloads: the common envelope, and the data of slash commands and their options. */
final class InteractionPayloads {
    /** Interaction types. */
    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;
    static final int MODAL_SUBMIT = 5;

    private InteractionPayloads() {}

    /** The envelope: who, where, the token; in a guild with {@code member}, in a DM with {@code user}. */
    static ObjectNode envelope(World world, InteractionState state) {
        FakeChannel channel = state.channel;
        ObjectNode json = Payloads.JSON.createObjectNode()
                .put("id", Payloads.id(state.id))
                .put("application_id", Payloads.id(world.applicationId))
                .put("type", state.type)
                .put("token", state.token)
                .put("version", 1)
                .put("locale", "en-US")
                .put("channel_id", channel.idString());
        json.putArray("entitlements");
        ObjectNode owners = json.putObject("authorizing_integration_owners");
        if (channel.isDm()) {
            ObjectNode dm = Payloads.JSON.createObjectNode()
                    .put("id", channel.idString())
                    .put("type", FakeChannel.DM)
                    .putNull("last_message_id")
                    .put("flags", 0);
            // in a bot's DM Discord lists the bot as the recipient
            dm.putArray("recipients").add(Payloads.user(world.bot));
            json.set("channel", dm);
            json.set("user", Payloads.user(state.user));
            json.put("context", 1); // BOT_DM
            json.put("app_permissions", Long.toString(Permission.getRaw(
                    Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS,
                    Permission.MESSAGE_ATTACH_FILES, Permission.MESSAGE_HISTORY)));
            owners.put("0", "0");
            return json;
        }
        FakeGuild guild = world.guild(channel.guildId());
        long memberPermissions = guild.permissionsOf(state.user);
        json.put("guild_id", guild.idString()).put("guild_locale", "en-US").put("context", 0);
        json.putObject("guild").put("id", guild.idString()).put("locale", "en-US").putArray("features");
        json.set("channel", Payloads.channel(world, channel).put("permissions", Long.toString(memberPermissions)));
        ObjectNode member = Payloads.member(guild.memberOrJoin(state.user), true);
        member.put("permissions", Long.toString(memberPermissions));
        json.set("member", member);
        json.put("app_permissions", Long.toString(guild.permissionsOf(world.bot)));
        owners.put("0", guild.idString());
        return json;
    }

    /**
     * The {@code data} of a slash command. {@code command} may name a subcommand ("staff list") or a group and
     * subcommand ("staff queue list"). Option values: String, Integer/Long, Boolean, Double, FakeUser,
     * FakeChannel, FakeRole. The option named {@code focused}, if any, is marked focused (autocomplete).
     */
    static ObjectNode commandData(World world, String command, Map<String, ?> options, FakeChannel channel, String focused) {
        String[] parts = command.trim().split("\\s+");
        long guildId = channel.isDm() ? 0 : channel.guildId();
        long commandId = world.commandId(parts[0], guildId);
        ObjectNode data = Payloads.JSON.createObjectNode()
                .put("id", Payloads.id(commandId != 0 ? commandId : world.ids.next()))
                .put("name", parts[0])
                .put("type", 1);
        if (guildId != 0 && world.isGuildCommand(parts[0], guildId)) {
            data.put("guild_id", Payloads.id(guildId));
        }
        ObjectNode resolved = Payloads.JSON.createObjectNode();
        ArrayNode level = data.putArray("options");
        for (int i = 1; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            level = level.addObject()
                    .put("name", parts[i])
                    .put("type", last ? 1 : 2) // SUB_COMMAND or SUB_COMMAND_GROUP
                    .putArray("options");
        }
        for (Map.Entry<String, ?> option : options.entrySet()) {
            ObjectNode json = level.addObject().put("name", option.getKey());
            setValue(world, json, option.getValue(), channel, resolved);
            if (option.getKey().equals(focused)) {
                json.put("focused", true);
            }
        }
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        return data;
    }

    private static void setValue(World world, ObjectNode option, Object value, FakeChannel where, ObjectNode resolved) {
        if (value instanceof String text) {
            option.put("type", 3).put("value", text);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Boolean flag) {
            option.put("type", 5).put("value", flag);
        } else if (value instanceof Number number) {
            option.put("type", 10).put("value", number.doubleValue());
        } else if (value instanceof FakeUser user) {
            option.put("type", 6).put("value", user.idString());
            child(resolved, "users").set(user.idString(), Payloads.user(user));
            FakeGuild guild = where.isDm() ? null : world.guild(where.guildId());
            if (guild != null && guild.isMember(user)) {
                ObjectNode member = Payloads.member(guild.member(user), false);
                member.put("permissions", Long.toString(guild.permissionsOf(user)));
                child(resolved, "members").set(user.idString(), member);
            }
        } else if (value instanceof FakeChannel channel) {
            option.put("type", 7).put("value", channel.idString());
            ObjectNode json = Payloads.channel(world, channel).put("permissions", "0");
            child(resolved, "channels").set(channel.idString(), json);
        } else if (value instanceof FakeRole role) {
            option.put("type", 8).put("value", role.idString());
            child(resolved, "roles").set(role.idString(), Payloads.role(role));
        } else {
            throw new IllegalArgumentException("Unsupported option value " + value + " for " + option.get("name"));
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }
}
