package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns what JDA sends (create and edit bodies) into the message objects Discord answers with. */
final class MessageBodies {
    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");
    /** The flags a client may set: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_COMPONENTS_V2. */
    private static final int SETTABLE_FLAGS = 4 | 64 | 4096 | 32768;
    static final int EPHEMERAL = 64;
    static final int LOADING = 128;

    private MessageBodies() {}

    /** Checks a new message's body as Discord does, answering 400 like Discord. */
    static void validateCreate(JsonNode body) {
        boolean hasSomething = !body.path("content").asText("").isEmpty()
                || body.path("embeds").size() > 0
                || body.path("components").size() > 0
                || body.path("attachments").size() > 0
                || body.path("sticker_ids").size() > 0
                || body.has("poll");
        if (!hasSomething) {
            throw new Router.DiscordError(400, 50006, "Cannot send an empty message");
        }
        validateContent(body);
    }

    static void validateContent(JsonNode body) {
        if (body.path("content").asText("").length() > 2000) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (content: Must be 2000 or fewer in length.)");
        }
    }

    /** Copies the fields a body sets onto the message; for an edit, only those present. */
    static void apply(World world, ObjectNode message, JsonNode body, FakeChannel channel) {
        if (body.has("content")) {
            message.put("content", body.path("content").asText(""));
        }
        for (String field : new String[] {"embeds", "components"}) {
            if (body.has(field) && body.get(field).isArray()) {
                ArrayNode copy = body.get(field).deepCopy();
                if (field.equals("components")) {
                    numberComponents(copy, new AtomicInteger());
                } else {
                    richEmbeds(copy);
                }
                message.set(field, copy);
            }
        }
        if (body.has("attachments") && body.get("attachments").isArray()) {
            ArrayNode attachments = message.putArray("attachments");
            for (JsonNode attachment : body.get("attachments")) {
                long id = world.ids.next();
                String name = attachment.path("filename").asText("file");
                attachments.addObject()
                        .put("id", Payloads.id(id))
                        .put("filename", name)
                        .put("size", 0)
                        .put("url", "https://cdn.invalid/attachments/" + id + "/" + name)
                        .put("proxy_url", "https://media.invalid/attachments/" + id + "/" + name);
            }
        }
        if (body.has("flags")) {
            int kept = message.path("flags").asInt() & ~SETTABLE_FLAGS;
            message.put("flags", kept | (body.path("flags").asInt() & SETTABLE_FLAGS));
        }
        if (body.has("tts")) {
            message.put("tts", body.path("tts").asBoolean());
        }
        if (body.hasNonNull("nonce")) {
            message.set("nonce", body.get("nonce"));
        }
        JsonNode reference = body.path("message_reference");
        if (reference.hasNonNull("message_id")) {
            long referencedId = reference.get("message_id").asLong();
            message.put("type", 19); // REPLY
            ObjectNode ref = message.putObject("message_reference")
                    .put("type", 0)
                    .put("message_id", Payloads.id(referencedId))
                    .put("channel_id", reference.path("channel_id").asText(channel.idString()));
            if (!channel.isDm()) {
                ref.put("guild_id", Payloads.id(channel.guildId()));
            }
            world.message(referencedId).ifPresent(referenced -> message.set("referenced_message", referenced.deepCopy()));
        }
        mentions(world, message, channel);
    }

    static void markEdited(ObjectNode message) {
        message.put("edited_timestamp", Payloads.timestamp(Instant.now()));
    }

    /** Fills {@code mentions} and {@code mention_roles} from the {@code <@id>} and {@code <@&id>} in the content. */
    static void mentions(World world, ObjectNode message, FakeChannel channel) {
        String content = message.path("content").asText("");
        ArrayNode users = message.putArray("mentions");
        Matcher user = USER_MENTION.matcher(content);
        while (user.find()) {
            FakeUser mentioned = world.user(Long.parseUnsignedLong(user.group(1)));
            if (mentioned != null) {
                ObjectNode json = Payloads.user(mentioned);
                FakeGuild guild = channel.isDm() ? null : world.guild(channel.guildId());
                if (guild != null && guild.isMember(mentioned)) {
                    json.set("member", Payloads.member(guild.member(mentioned), false));
                }
                users.add(json);
            }
        }
        ArrayNode roles = message.putArray("mention_roles");
        Matcher role = ROLE_MENTION.matcher(content);
        while (role.find()) {
            roles.add(role.group(1));
        }
        message.put("mention_everyone", content.contains("@everyone") || content.contains("@here"));
    }

    /** Discord stores an embed a client sends as {@code "type": "rich"} (JDA refuses an embed without a type). */
    private static void richEmbeds(ArrayNode embeds) {
        for (JsonNode embed : embeds) {
            if (embed instanceof ObjectNode object && !object.hasNonNull("type")) {
                object.put("type", "rich");
            }
        }
    }

    /** Gives every component without one a numeric {@code id}, depth first from 1, as Discord does. */
    private static void numberComponents(JsonNode components, AtomicInteger counter) {
        for (JsonNode component : components) {
            if (component instanceof ObjectNode object) {
                if (!object.has("id")) {
                    object.put("id", counter.incrementAndGet());
                } else {
                    counter.set(Math.max(counter.get(), object.get("id").asInt()));
                }
                if (object.has("components")) {
                    numberComponents(object.get("components"), counter);
                }
                if (object.has("component")) {
                    numberComponents(Payloads.JSON.createArrayNode().add(object.get("component")), counter);
                }
                if (object.has("accessory")) {
                    numberComponents(Payloads.JSON.createArrayNode().add(object.get("accessory")), counter);
                }
            }
        }
    }
}
