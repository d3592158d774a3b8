package com.clinicfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.junit.jupiter.api.Test;

class FakeDiscordReconnectTest extends JdaOnFakeDiscord {

    private static final class Recording extends ListenerAdapter {
        final Inbox<String> messages = new Inbox<>();
        final Inbox<SessionResumeEvent> resumes = new Inbox<>();

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (!event.getAuthor().isBot()) {
                messages.put(event.getMessage().getContentRaw());
            }
        }

        @Override
        public void onSessionResume(SessionResumeEvent event) {
            resumes.put(event);
        }
    }

    @Test
    void afterOp7ReconnectJdaResumesAndAMessageArrivesExactlyOnce() throws Exception {
        Recording listener = new Recording();
        login(listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");

        discord.sendReconnect();

        listener.resumes.take();
        GatewayFrame resume = discord.awaitGatewayFrame(f -> f.received(GatewayFrame.RESUME), WAIT);
        assertEquals(jda.getResponseTotal(), resume.data().path("seq").asLong() + 1, "RESUMED is the one event after it");
        jda.awaitStatus(JDA.Status.CONNECTED); // SessionResumeEvent fires just before the status changes
        assertEquals(1, discord.gatewayFrames().stream().filter(f -> f.received(GatewayFrame.IDENTIFY)).count());

        discord.dispatchMessageCreate(patient, general, "after reconnect");

        assertEquals("after reconnect", listener.messages.take());
        assertNull(listener.messages.poll(Duration.ofMillis(300)), "delivered once");
    }

    @Test
    void whatIsDispatchedWhileTheConnectionIsDownIsReplayedOnResumeExactlyOnce() throws Exception {
        Recording listener = new Recording();
        login(listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");
        discord.dispatchMessageCreate(patient, general, "before");
        assertEquals("before", listener.messages.take());

        discord.dropConnection();
        discord.dispatchMessageCreate(patient, general, "while down");

        listener.resumes.take();
        assertEquals("while down", listener.messages.take());
        discord.dispatchMessageCreate(patient, general, "after");
        assertEquals("after", listener.messages.take());
        assertNull(listener.messages.poll(Duration.ofMillis(300)), "nothing twice");
    }
}
