package com.clinicfaqbot.discord.fake;

/**
 * A guild role. {@code botId} is non-zero for the role Discord manages for a bot (tags.bot_id).
 * The {@code @everyone} role has the guild's id.
 */
public record FakeRole(long id, String name, long permissions, int position, long botId) {
    public String idString() {
        return Long.toUnsignedString(id);
    }

    FakeRole withPermissions(long newPermissions) {
        return new FakeRole(id, name, newPermissions, position, botId);
    }
}
