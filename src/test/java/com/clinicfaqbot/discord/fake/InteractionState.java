package com.clinicfaqbot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the fake remembers of an interaction it dispatched: where it happened, and how it was answered. */
final class InteractionState {
    final long id;
    final String token;
    final int type;
    final FakeChannel channel;
    final FakeUser user;
    /** The message a component was clicked on, 0 if none. */
    final long messageId;

    /** The callback type JDA answered with, 0 while unanswered. */
    volatile int callbackType;
    /** The id of the interaction's original response message, 0 if none. */
    volatile long originalMessageId;

    InteractionState(long id, String token, int type, FakeChannel channel, FakeUser user, long messageId) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.channel = channel;
        this.user = user;
        this.messageId = messageId;
    }

    synchronized boolean acknowledge(int withType) {
        if (callbackType != 0) {
            return false;
        }
        callbackType = withType;
        return true;
    }
}
