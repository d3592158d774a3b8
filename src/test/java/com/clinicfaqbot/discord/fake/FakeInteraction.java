package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** An interaction the fake dispatched: wait here for how JDA answered it. */
public final class FakeInteraction {
    private final FakeDiscord discord;
    private final InteractionState state;
    private final ObjectNode payload;

    FakeInteraction(FakeDiscord discord, InteractionState state, ObjectNode payload) {
        this.discord = discord;
        this.state = state;
        this.payload = payload;
    }

    public long id() {
        return state.id;
    }

    public String token() {
        return state.token;
    }

    /** The INTERACTION_CREATE data as dispatched. */
    public ObjectNode payload() {
        return payload.deepCopy();
    }

    /** The callback type JDA answered with (4 reply, 5 deferred reply, 6/7 component update, 8 choices, 9 modal); 0 if none yet. */
    public int callbackType() {
        return state.callbackType;
    }

    /** {@code POST /interactions/{id}/{token}/callback}: body {@code type} and {@code data} (content, flags 64 = ephemeral…). */
    public RecordedRequest awaitCallback(Duration timeout) {
        return discord.awaitRequest("POST", "/interactions/" + state.id + "/" + Pattern.quote(state.token) + "/callback", timeout);
    }

    /** {@code PATCH /webhooks/{app}/{token}/messages/@original}, e.g. {@code hook.editOriginal(...)} after {@code deferReply()}. */
    public RecordedRequest awaitOriginalEdit(Duration timeout) {
        return discord.awaitRequest("PATCH", webhookPath() + "/messages/@original", timeout);
    }

    /** {@code POST /webhooks/{app}/{token}}: a follow-up message ({@code hook.sendMessage(...)}). */
    public RecordedRequest awaitFollowup(Duration timeout) {
        return discord.awaitRequest("POST", webhookPath(), timeout);
    }

    /** The original response as the fake keeps it (after a reply, a deferral or an edit). */
    public Optional<ObjectNode> originalMessage() {
        long id = state.originalMessageId;
        return id == 0 ? Optional.empty() : discord.message(id);
    }

    private String webhookPath() {
        return "/webhooks/" + discord.applicationId() + "/" + Pattern.quote(state.token);
    }
}
