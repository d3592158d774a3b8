package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** Builders for the JSON objects Discord sends: users, members, roles, channels, guilds, messages. */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    static String id(long id) {
        return Long.toUnsignedString(id);
    }

    static String timestamp(Instant instant) {
        return instant.toString();
    }

    static ObjectNode error(int code, String message) {
        return JSON.createObjectNode().put("message", message).put("code", code);
    }

    static ObjectNode user(FakeUser user) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", user.idString())
                .put("username", user.username())
                .putNull("global_name")
                .put("discriminator", user.bot() ? "0000" : "0")
                .putNull("avatar")
                .put("public_flags", 0)
                .put("flags", 0);
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    /** A guild member; Discord leaves {@code user} out of the member attached to a message. */
    static ObjectNode member(FakeGuild.Member member, boolean withUser) {
        ObjectNode json = JSON.createObjectNode();
        if (withUser) {
            json.set("user", user(member.user()));
        }
        ArrayNode roles = json.putArray("roles");
        member.roleIds().forEach(roleId -> roles.add(id(roleId)));
        json.putNull("nick")
                .putNull("avatar")
                .put("joined_at", timestamp(member.joinedAt()))
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .putNull("communication_disabled_until");
        return json;
    }

    static ObjectNode role(FakeRole role) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", role.idString())
                .put("name", role.name())
                .put("color", 0)
                .put("hoist", false)
                .putNull("icon")
                .putNull("unicode_emoji")
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("managed", role.botId() != 0)
                .put("mentionable", false)
                .put("flags", 0);
        json.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        if (role.botId() != 0) {
            json.putObject("tags").put("bot_id", id(role.botId()));
        }
        return json;
    }

    /** A channel object as REST and the gateway show it (a DM lists the user at the other end as recipient). */
    static ObjectNode channel(World world, FakeChannel channel) {
        if (channel.isDm()) {
            ObjectNode json = JSON.createObjectNode()
                    .put("id", channel.idString())
                    .put("type", FakeChannel.DM)
                    .putNull("last_message_id")
                    .put("flags", 0);
            json.putArray("recipients").add(user(world.user(channel.ownerId())));
            return json;
        }
        if (channel.isThread()) {
            return thread(world, channel, false);
        }
        FakeGuild guild = world.guild(channel.guildId());
        ObjectNode json = JSON.createObjectNode()
                .put("id", channel.idString())
                .put("type", channel.type())
                .put("guild_id", id(channel.guildId()))
                .put("name", channel.name())
                .put("position", guild.textChannels().indexOf(channel))
                .putNull("parent_id")
                .putNull("topic")
                .put("nsfw", false)
                .putNull("last_message_id")
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putArray("permission_overwrites");
        return json;
    }

    static ObjectNode thread(World world, FakeChannel thread, boolean newlyCreated) {
        Instant created = Snowflakes.timeOf(thread.id());
        int messages = world.messagesIn(thread.id()).size();
        ObjectNode json = JSON.createObjectNode()
                .put("id", thread.idString())
                .put("type", thread.type())
                .put("guild_id", id(thread.guildId()))
                .put("parent_id", id(thread.parentId()))
                .put("owner_id", id(thread.ownerId()))
                .put("name", thread.name())
                .putNull("last_message_id")
                .put("message_count", messages)
                .put("total_message_count", messages)
                .put("member_count", 1)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putObject("thread_metadata")
                .put("archived", false)
                .put("locked", false)
                .put("invitable", thread.type() == FakeChannel.PRIVATE_THREAD)
                .put("auto_archive_duration", 1440)
                .put("archive_timestamp", timestamp(created))
                .put("create_timestamp", timestamp(created));
        if (thread.ownerId() == world.bot.id()) {
            // the thread member of the bot itself, which Discord adds when the bot is in the thread
            json.putObject("member")
                    .put("id", thread.idString())
                    .put("user_id", world.bot.idString())
                    .put("join_timestamp", timestamp(created))
                    .put("flags", 1);
        }
        if (newlyCreated) {
            json.put("newly_created", true);
        }
        return json;
    }

    static ObjectNode guildCreate(World world, FakeGuild guild) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", guild.idString())
                .put("name", guild.name())
                .putNull("icon")
                .putNull("splash")
                .putNull("banner")
                .putNull("description")
                .put("owner_id", id(guild.ownerId()))
                .put("unavailable", false)
                .put("large", false)
                .put("joined_at", timestamp(Snowflakes.timeOf(guild.id())))
                .put("preferred_locale", "en-US")
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .putNull("afk_channel_id")
                .put("afk_timeout", 300)
                .putNull("system_channel_id")
                .put("system_channel_flags", 0)
                .putNull("rules_channel_id")
                .putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id")
                .putNull("vanity_url_code")
                .put("max_members", 500000);
        List<FakeGuild.Member> members = guild.members();
        // a member_count equal to the members sent means JDA has no reason to ask for member chunks
        json.put("member_count", members.size());
        ArrayNode roles = json.putArray("roles");
        guild.roles().forEach(role -> roles.add(role(role)));
        ArrayNode channels = json.putArray("channels");
        guild.textChannels().forEach(channel -> channels.add(channel(world, channel)));
        ArrayNode threads = json.putArray("threads");
        guild.threads().forEach(thread -> threads.add(thread(world, thread, false)));
        ArrayNode memberArray = json.putArray("members");
        members.forEach(member -> memberArray.add(member(member, true)));
        for (String empty : List.of(
                "features",
                "emojis",
                "stickers",
                "voice_states",
                "presences",
                "stage_instances",
                "guild_scheduled_events",
                "soundboard_sounds",
                "embedded_activities")) {
            json.putArray(empty);
        }
        return json;
    }

    static ObjectNode ready(World world, String sessionId, String resumeUrl) {
        ObjectNode json = JSON.createObjectNode().put("v", 10);
        ObjectNode self = user(world.bot).put("verified", true).put("mfa_enabled", false);
        json.set("user", self);
        ArrayNode guilds = json.putArray("guilds");
        world.guilds().forEach(g -> guilds.addObject().put("id", g.idString()).put("unavailable", true));
        json.putArray("private_channels");
        json.putArray("relationships");
        json.putArray("presences");
        json.putArray("guild_join_requests");
        json.putArray("geo_ordered_rtc_regions");
        json.putObject("user_settings");
        json.put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeUrl);
        json.putObject("application").put("id", id(world.applicationId)).put("flags", 0);
        json.putArray("_trace").add("[\"fake-discord\",{\"micros\":0}]");
        return json;
    }

    /** A message with no content extras; callers add guild_id, member, components and so on. */
    static ObjectNode message(long id, FakeChannel channel, FakeUser author, String content) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", id(id))
                .put("type", 0)
                .put("channel_id", channel.idString())
                .put("content", content == null ? "" : content)
                .put("timestamp", timestamp(Snowflakes.timeOf(id)))
                .putNull("edited_timestamp")
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
        json.set("author", user(author));
        for (String empty : List.of("mentions", "mention_roles", "attachments", "embeds", "components")) {
            json.putArray(empty);
        }
        return json;
    }

    /** The application object of {@code GET /applications/@me}. */
    static ObjectNode application(World world) {
        ObjectNode json = JSON.createObjectNode()
                .put("id", id(world.applicationId))
                .put("name", world.bot.username())
                .put("description", "Fake application")
                .putNull("icon")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("flags", 0);
        json.set("bot", user(world.bot));
        json.set("owner", user(world.bot));
        return json;
    }
}
