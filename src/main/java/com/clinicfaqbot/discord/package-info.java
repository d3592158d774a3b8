/**
 * The Discord adapter on JDA, thin over the platform-free core: {@link com.clinicfaqbot.discord.BotListener}
 * takes events on JDA's gateway thread, acknowledges interactions within Discord's three seconds and
 * hands the work to the bot's own {@code Worker} pool; the handlers turn events into calls on the
 * {@link com.clinicfaqbot.desk desk} and render its outcomes (embeds, buttons, staff threads). What
 * both the console and Discord need (store before acknowledging, follow-ups, when staff will reply,
 * where an answer goes when DMs are closed) lives in the core, not here.
 *
 * <p>Every message is built with mentions switched off ({@code SafeText}); the only mention the bot
 * sends is the staff role's, on the summary of an urgent escalation. Buttons and forms carry their
 * escalation id or FAQ id in their custom id ({@code CustomId}), so they keep working after a
 * restart: the state is in the store.
 */
package com.clinicfaqbot.discord;
