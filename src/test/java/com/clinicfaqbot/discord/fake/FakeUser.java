package com.clinicfaqbot.discord.fake;

/** A Discord user known to the fake: a person, or a bot (the one JDA logs in as, or another). */
public record FakeUser(long id, String username, boolean bot) {
    public String idString() {
        return Long.toUnsignedString(id);
    }

    /** The text that mentions this user in a message: {@code <@id>}. */
    public String mention() {
        return "<@" + idString() + ">";
    }
}
