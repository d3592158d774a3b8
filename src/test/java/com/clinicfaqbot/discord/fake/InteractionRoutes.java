package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Interaction responses: {@code POST /interactions/{id}/{token}/callback}, and the interaction webhook
 * ({@code /webhooks/{app}/{token}}) for follow-ups and the {@code @original} response.
 */
final class InteractionRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionRoutes.class);

    /** Interaction callback types. */
    static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    static final int DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
    static final int DEFERRED_UPDATE_MESSAGE = 6;
    static final int UPDATE_MESSAGE = 7;
    static final int AUTOCOMPLETE_RESULT = 8;
    static final int MODAL = 9;

    private final World world;
    private final Events events;

    InteractionRoutes(World world, Events events) {
        this.world = world;
        this.events = events;
    }

    Router.Reply callback(Router.Call c) {
        InteractionState interaction = world.interaction(c.param("token"));
        if (interaction == null || interaction.id != c.id("interaction")) {
            throw new Router.DiscordError(404, 10062, "Unknown interaction");
        }
        int type = c.body().path("type").asInt();
        JsonNode data = c.body().path("data");
        if (type < CHANNEL_MESSAGE_WITH_SOURCE || type > MODAL) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (type: unknown callback type " + type + ")");
        }
        if (type == AUTOCOMPLETE_RESULT && interaction.type != 4) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (type: autocomplete result for a non-autocomplete interaction)");
        }
        if ((type == DEFERRED_UPDATE_MESSAGE || type == UPDATE_MESSAGE) && interaction.messageId == 0) {
            throw new Router.DiscordError(400, 50035, "Invalid Form Body (type: no message to update)");
        }
        if (type == CHANNEL_MESSAGE_WITH_SOURCE) {
            MessageBodies.validateCreate(data);
        }
        if (!interaction.acknowledge(type)) {
            throw new Router.DiscordError(400, 40060, "Interaction has already been acknowledged.");
        }

        ObjectNode message = null;
        switch (type) {
            case CHANNEL_MESSAGE_WITH_SOURCE -> message = newResponse(interaction, data, 0);
            case DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE -> message = newResponse(
                    interaction, Payloads.JSON.createObjectNode(), MessageBodies.LOADING | (data.path("flags").asInt() & MessageBodies.EPHEMERAL));
            case DEFERRED_UPDATE_MESSAGE -> interaction.originalMessageId = interaction.messageId;
            case UPDATE_MESSAGE -> {
                message = world.message(interaction.messageId).orElseThrow(() -> new Router.DiscordError(404, 10008, "Unknown Message"));
                MessageBodies.validateContent(data);
                MessageBodies.apply(world, message, data, interaction.channel);
                MessageBodies.markEdited(message);
                interaction.originalMessageId = interaction.messageId;
            }
            default -> { } // autocomplete choices and modals leave no message
        }
        if (!"true".equals(c.query().get("with_response"))) {
            return Router.Reply.noContent();
        }
        ObjectNode response = Payloads.JSON.createObjectNode();
        ObjectNode about = response.putObject("interaction")
                .put("id", Payloads.id(interaction.id))
                .put("type", interaction.type);
        ObjectNode resource = response.putObject("resource").put("type", type);
        if (message != null) {
            about.put("response_message_id", message.get("id").asText())
                    .put("response_message_loading", type == DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE)
                    .put("response_message_ephemeral", (message.path("flags").asInt() & MessageBodies.EPHEMERAL) != 0);
            resource.set("message", message);
        }
        return Router.Reply.json(response);
    }

    /** A message answering the interaction (its original response, or a follow-up). */
    private ObjectNode newResponse(InteractionState interaction, JsonNode body, int extraFlags) {
        ObjectNode message = Payloads.message(world.ids.next(), interaction.channel, world.bot, "");
        message.put("webhook_id", Payloads.id(world.applicationId))
                .put("application_id", Payloads.id(world.applicationId));
        ObjectNode metadata = message.putObject("interaction_metadata")
                .put("id", Payloads.id(interaction.id))
                .put("type", interaction.type);
        metadata.set("user", Payloads.user(interaction.user));
        metadata.putObject("authorizing_integration_owners");
        MessageBodies.apply(world, message, body, interaction.channel);
        message.put("flags", message.path("flags").asInt() | extraFlags);
        world.putMessage(message);
        if (interaction.originalMessageId == 0) {
            interaction.originalMessageId = message.get("id").asLong();
        }
        if ((message.path("flags").asInt() & (MessageBodies.EPHEMERAL | MessageBodies.LOADING)) == 0) {
            events.echo("MESSAGE_CREATE", message);
        }
        return message;
    }

    // ---- the interaction webhook

    private InteractionState webhook(Router.Call c) {
        InteractionState interaction = world.interaction(c.param("token"));
        if (c.id("app") != world.applicationId || interaction == null) {
            throw new Router.DiscordError(404, 10015, "Unknown Webhook");
        }
        return interaction;
    }

    private ObjectNode webhookMessage(Router.Call c, InteractionState interaction) {
        String which = c.param("message");
        long id = "@original".equals(which) ? interaction.originalMessageId : c.id("message");
        return world.message(id)
                .filter(m -> id != 0)
                .orElseThrow(() -> new Router.DiscordError(404, 10008, "Unknown Message"));
    }

    Router.Reply followup(Router.Call c) {
        InteractionState interaction = webhook(c);
        if (interaction.callbackType == 0) {
            LOG.warn("FAKE DISCORD: follow-up for interaction {} before it was acknowledged", interaction.id);
        }
        MessageBodies.validateCreate(c.body());
        return Router.Reply.json(newResponse(interaction, c.body(), 0));
    }

    Router.Reply getMessage(Router.Call c) {
        return Router.Reply.json(webhookMessage(c, webhook(c)));
    }

    Router.Reply editMessage(Router.Call c) {
        InteractionState interaction = webhook(c);
        ObjectNode message = webhookMessage(c, interaction);
        MessageBodies.validateContent(c.body());
        boolean wasLoading = (message.path("flags").asInt() & MessageBodies.LOADING) != 0;
        MessageBodies.apply(world, message, c.body(), interaction.channel);
        message.put("flags", message.path("flags").asInt() & ~MessageBodies.LOADING);
        MessageBodies.markEdited(message);
        if ((message.path("flags").asInt() & MessageBodies.EPHEMERAL) == 0) {
            // the first edit of a deferred reply is when the message appears for everyone
            events.echo(wasLoading ? "MESSAGE_CREATE" : "MESSAGE_UPDATE", message);
        }
        return Router.Reply.json(message);
    }

    Router.Reply deleteMessage(Router.Call c) {
        InteractionState interaction = webhook(c);
        ObjectNode message = webhookMessage(c, interaction);
        world.removeMessage(message.get("id").asLong());
        return Router.Reply.noContent();
    }
}
