package com.clinicfaqbot.discord.fake;

/**
 * A channel known to the fake: a guild text channel, a thread in one, or a DM.
 *
 * @param guildId 0 for a DM
 * @param parentId the text channel a thread belongs to, 0 otherwise
 * @param ownerId who started a thread; for a DM, the user at the other end
 */
public record FakeChannel(long id, long guildId, String name, int type, long parentId, long ownerId) {
    public static final int GUILD_TEXT = 0;
    public static final int DM = 1;
    public static final int PUBLIC_THREAD = 11;
    public static final int PRIVATE_THREAD = 12;

    public boolean isDm() {
        return type == DM;
    }

    public boolean isThread() {
        return type == PUBLIC_THREAD || type == PRIVATE_THREAD;
    }

    public String idString() {
        return Long.toUnsignedString(id);
    }
}
