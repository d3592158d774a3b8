package com.clinicfaqbot.discord.fake;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import net.dv8tion.jda.api.Permission;

/**
 * A guild in the fake's world: roles, text channels, threads and members.
 *
 * <p>Set it up before JDA logs in: JDA learns the guild from the GUILD_CREATE the fake sends after IDENTIFY.
 * Members may be added later, since messages and interactions carry their author's member.
 */
public final class FakeGuild {
    /** What the fake's {@code @everyone} role allows by default. */
    public static final long EVERYONE_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_HISTORY,
            Permission.MESSAGE_ADD_REACTION,
            Permission.USE_APPLICATION_COMMANDS);

    /** What the bot's managed role allows: what the clinic's bot needs, and no more. */
    public static final long BOT_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.CREATE_PUBLIC_THREADS,
            Permission.CREATE_PRIVATE_THREADS,
            Permission.MANAGE_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY,
            Permission.MESSAGE_MENTION_EVERYONE,
            Permission.MESSAGE_EXT_EMOJI,
            Permission.MESSAGE_ADD_REACTION);

    /** Every permission JDA knows. */
    public static final long ALL_PERMISSIONS = Permission.getRaw(
            Arrays.stream(Permission.values()).filter(p -> p != Permission.UNKNOWN).toList());

    /** A member: the user, the ids of its roles (without {@code @everyone}), when it joined. */
    public record Member(FakeUser user, List<Long> roleIds, Instant joinedAt) {}

    private final Snowflakes ids;
    private final long id;
    private final String name;
    private final long ownerId;
    private final List<FakeRole> roles = new CopyOnWriteArrayList<>();
    private final List<FakeChannel> channels = new CopyOnWriteArrayList<>();
    private final Map<Long, Member> members = new ConcurrentHashMap<>();

    FakeGuild(Snowflakes ids, String name, FakeUser owner, FakeUser bot) {
        this.ids = ids;
        this.id = ids.next();
        this.name = name;
        this.ownerId = owner.id();
        roles.add(new FakeRole(id, "@everyone", EVERYONE_PERMISSIONS, 0, 0));
        FakeRole botRole = new FakeRole(ids.next(), bot.username(), BOT_PERMISSIONS, 1, bot.id());
        roles.add(botRole);
        addMember(owner);
        addMember(bot, botRole);
    }

    public long id() {
        return id;
    }

    public String idString() {
        return Long.toUnsignedString(id);
    }

    public String name() {
        return name;
    }

    public long ownerId() {
        return ownerId;
    }

    // ---- roles

    public FakeRole everyoneRole() {
        return roleById(id);
    }

    /** The role Discord manages for the bot JDA logs in as. */
    public FakeRole botRole() {
        return roles.stream().filter(r -> r.botId() != 0).findFirst().orElseThrow();
    }

    public FakeRole addRole(String roleName, long permissions) {
        FakeRole role = new FakeRole(ids.next(), roleName, permissions, roles.size(), 0);
        roles.add(role);
        return role;
    }

    /** Replaces a role's permissions (e.g. to take one away from the bot); returns the changed role. */
    public synchronized FakeRole setPermissions(FakeRole role, long permissions) {
        FakeRole changed = roleById(role.id()).withPermissions(permissions);
        roles.replaceAll(r -> r.id() == role.id() ? changed : r);
        return changed;
    }

    public FakeRole role(String roleName) {
        return roles.stream()
                .filter(r -> r.name().equals(roleName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No role " + roleName + " in " + name));
    }

    public FakeRole roleById(long roleId) {
        return roles.stream()
                .filter(r -> r.id() == roleId)
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No role " + roleId + " in " + name));
    }

    public List<FakeRole> roles() {
        return List.copyOf(roles);
    }

    // ---- channels

    public FakeChannel addTextChannel(String channelName) {
        FakeChannel channel = new FakeChannel(ids.next(), id, channelName, FakeChannel.GUILD_TEXT, 0, 0);
        channels.add(channel);
        return channel;
    }

    void addThread(FakeChannel thread) {
        channels.add(thread);
    }

    /** The text channel or thread with this name. */
    public FakeChannel channel(String channelName) {
        return channels.stream()
                .filter(c -> c.name().equals(channelName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No channel " + channelName + " in " + name));
    }

    public List<FakeChannel> textChannels() {
        return channels.stream().filter(c -> !c.isThread()).toList();
    }

    public List<FakeChannel> threads() {
        return channels.stream().filter(FakeChannel::isThread).toList();
    }

    FakeChannel channelById(long channelId) {
        return channels.stream().filter(c -> c.id() == channelId).findFirst().orElse(null);
    }

    // ---- members

    /** Makes the user a member with these roles (replacing its roles if it already is one). */
    public Member addMember(FakeUser user, FakeRole... memberRoles) {
        Instant joined = members.containsKey(user.id()) ? members.get(user.id()).joinedAt() : Instant.now();
        Member member = new Member(user, Arrays.stream(memberRoles).map(FakeRole::id).toList(), joined);
        members.put(user.id(), member);
        return member;
    }

    public boolean isMember(FakeUser user) {
        return members.containsKey(user.id());
    }

    public Member member(FakeUser user) {
        Member member = members.get(user.id());
        if (member == null) {
            throw new NoSuchElementException(user.username() + " is not a member of " + name);
        }
        return member;
    }

    /** The member, making the user a member without roles first if it is not one. */
    Member memberOrJoin(FakeUser user) {
        Member member = members.get(user.id());
        return member != null ? member : addMember(user);
    }

    public List<Member> members() {
        return List.copyOf(members.values());
    }

    /** The member's guild-wide permissions, as Discord computes them (owner and ADMINISTRATOR get all). */
    public long permissionsOf(FakeUser user) {
        if (user.id() == ownerId) {
            return ALL_PERMISSIONS;
        }
        long permissions = everyoneRole().permissions();
        Member member = members.get(user.id());
        if (member != null) {
            for (long roleId : member.roleIds()) {
                permissions |= roleById(roleId).permissions();
            }
        }
        return (permissions & Permission.ADMINISTRATOR.getRawValue()) != 0 ? ALL_PERMISSIONS : permissions;
    }
}
