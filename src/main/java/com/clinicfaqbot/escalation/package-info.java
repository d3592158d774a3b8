/**
 * The durable escalation queue: questions the assistant hands to staff, stored in an embedded
 * SQLite file before the client is told that a person will reply.
 *
 * <p>{@link com.clinicfaqbot.escalation.Database} opens the file and migrates its schema;
 * {@link com.clinicfaqbot.escalation.EscalationStore} holds the lifecycle
 * ({@code OPEN → CLAIMED → ANSWERED → CLOSED}); {@link com.clinicfaqbot.escalation.DecisionLog}
 * records what the assistant decided, for reports; {@link
 * com.clinicfaqbot.escalation.ClientDataEraser} forgets a client on request. Nothing here knows
 * about a chat platform: a platform is just a name in {@link
 * com.clinicfaqbot.escalation.ClientRef}.
 */
package com.clinicfaqbot.escalation;
