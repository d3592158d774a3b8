package com.clinicfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

class FakeDiscordLoginTest extends JdaOnFakeDiscord {

    @Test
    void jdaLogsInAndSeesTheGuildItsChannelsAndRoles() throws Exception {
        login();

        assertEquals(discord.bot().id(), jda.getSelfUser().getIdLong());
        assertEquals(discord.applicationId(), jda.getSelfUser().getApplicationIdLong());
        Guild guild = jda.getGuildById(discord.guild().id());
        assertNotNull(guild, "JDA knows the guild");
        assertEquals("Skin Clinic", guild.getName());
        assertEquals(List.of("general", "staff"), guild.getTextChannels().stream().map(TextChannel::getName).toList());
        assertNotNull(guild.getRolesByName("Staff", false).stream().findFirst().orElse(null));
        assertEquals(guild.getIdLong(), guild.getPublicRole().getIdLong());

        Member self = guild.getSelfMember();
        TextChannel general = guild.getTextChannelsByName("general", false).get(0);
        assertTrue(self.hasPermission(general, Permission.MESSAGE_SEND, Permission.CREATE_PUBLIC_THREADS,
                Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS));
        assertFalse(self.hasPermission(Permission.ADMINISTRATOR));

        assertEquals(200, discord.awaitRequest("GET", "/users/@me", WAIT).status());
        GatewayFrame identify = discord.awaitGatewayFrame(f -> f.received(GatewayFrame.IDENTIFY), WAIT);
        int intents = identify.data().path("intents").asInt();
        assertEquals(GatewayIntent.MESSAGE_CONTENT.getRawValue(), intents & GatewayIntent.MESSAGE_CONTENT.getRawValue());
        assertTrue(discord.unhandledRequests().isEmpty(), () -> "unhandled: " + discord.unhandledRequests());
    }

    @Test
    void aWrongTokenIsRefused() {
        assertThrows(InvalidTokenException.class, () -> discord.configure(
                        JDABuilder.createLight("not-the-token", GatewayIntent.GUILD_MESSAGES))
                .build());
    }

    @Test
    void slashCommandRegistrationReachesTheFake() throws Exception {
        login();

        List<Command> registered = jda.updateCommands()
                .addCommands(Commands.slash("ask", "Ask the clinic a question")
                        .addOption(OptionType.STRING, "question", "What you want to know", true))
                .complete();

        assertEquals(1, registered.size());
        assertEquals("ask", registered.get(0).getName());
        assertEquals("question", registered.get(0).getOptions().get(0).getName());
        RecordedRequest put = discord.awaitRequest("PUT", "/applications/" + discord.applicationId() + "/commands", WAIT);
        assertEquals("ask", put.text("/0/name"));
        assertEquals("question", put.text("/0/options/0/name"));
        JsonNode stored = discord.globalCommands();
        assertEquals(registered.get(0).getId(), stored.get(0).get("id").asText());

        Guild guild = jda.getGuildById(discord.guild().id());
        guild.updateCommands().addCommands(Commands.slash("staff", "Staff tools")).complete();
        assertEquals("staff", discord.guildCommands(discord.guild()).get(0).get("name").asText());
    }

    @Test
    void aRouteTheFakeLacksIs404AndListed() throws Exception {
        login();
        Guild guild = jda.getGuildById(discord.guild().id());

        ErrorResponseException error = assertThrows(ErrorResponseException.class, () -> guild.retrieveEmojis().complete());

        assertEquals(404, error.getResponse().code);
        assertEquals(1, discord.unhandledRequests().size());
        assertEquals("/guilds/" + guild.getId() + "/emojis", discord.unhandledRequests().get(0).path());
    }

    @Test
    void aFailedAwaitListsEverythingRecorded() throws Exception {
        login();

        AssertionError error = assertThrows(AssertionError.class,
                () -> discord.awaitRequest("DELETE", "/channels/.*", Duration.ofMillis(100)));

        assertTrue(error.getMessage().contains("No REST request matching DELETE /channels/.*"), error.getMessage());
        assertTrue(error.getMessage().contains("GET /users/@me -> 200"), error.getMessage());
    }
}
