package com.clinicfaqbot.discord;

import java.util.Objects;
import net.dv8tion.jda.api.entities.Member;

/**
 * Who is staff: members of the guild who hold the staff role ({@code discord.staffRoleId}). Roles
 * come with the member on every message and interaction, so no member cache (and no privileged
 * GUILD_MEMBERS intent) is needed.
 */
final class StaffRole {
  static final String REFUSAL = "Sorry, only the clinic's staff can do that.";

  private final String roleId;

  StaffRole(String roleId) {
    this.roleId = Objects.requireNonNull(roleId, "roleId");
  }

  /** Whether {@code member} (null outside a guild) holds the staff role. */
  boolean holds(Member member) {
    return member != null && member.getRoles().stream().anyMatch(role -> role.getId().equals(roleId));
  }

  String roleId() {
    return roleId;
  }

  /** How staff are named in the store and in threads. */
  static String name(Member member) {
    return member.getEffectiveName();
  }
}
