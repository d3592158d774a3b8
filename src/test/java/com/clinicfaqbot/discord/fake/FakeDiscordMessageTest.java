package com.clinicfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;

class FakeDiscordMessageTest extends JdaOnFakeDiscord {

    /** Answers every message from a person with "echo: <content>" in the same channel. */
    private static final class EchoListener extends ListenerAdapter {
        final Inbox<MessageReceivedEvent> received = new Inbox<>();

        @Override
        public void onMessageReceived(MessageReceivedEvent event) {
            if (event.getAuthor().isBot()) {
                return;
            }
            // queue the reply before handing the event over, so the test cannot shut JDA down in between
            event.getChannel().sendMessage("echo: " + event.getMessage().getContentRaw()).queue();
            received.put(event);
        }
    }

    @Test
    void aGuildMessageReachesTheListenerAndItsReplyReachesTheFake() throws Exception {
        EchoListener listener = new EchoListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");

        discord.dispatchMessageCreate(patient, general, "Do you do chemical peels?");

        MessageReceivedEvent event = listener.received.take();
        assertEquals(ChannelType.TEXT, event.getChannelType());
        assertEquals(general.id(), event.getChannel().getIdLong());
        assertEquals(patient.id(), event.getAuthor().getIdLong());
        assertEquals("Do you do chemical peels?", event.getMessage().getContentRaw());
        RecordedRequest post = discord.awaitRequest("POST", "/channels/" + general.id() + "/messages", WAIT);
        assertEquals("echo: Do you do chemical peels?", post.text("/content"));
        assertEquals(200, post.status());
    }

    @Test
    void aDirectMessageReachesTheListenerAndItsReplyGoesToTheDm() throws Exception {
        EchoListener listener = new EchoListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");

        discord.dispatchDirectMessage(patient, "hello");

        MessageReceivedEvent event = listener.received.take();
        assertEquals(ChannelType.PRIVATE, event.getChannelType());
        assertEquals(patient.id(), event.getChannel().asPrivateChannel().getUser().getIdLong());
        long dm = discord.dmChannel(patient).id();
        assertEquals("echo: hello", discord.awaitRequest("POST", "/channels/" + dm + "/messages", WAIT).text("/content"));
    }

    @Test
    void mentionsOfTheBotAreParsed() throws Exception {
        EchoListener listener = new EchoListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");

        discord.dispatchMessageCreate(patient, discord.guild().channel("general"), discord.bot().mention() + " help");

        Message message = listener.received.take().getMessage();
        assertTrue(message.getMentions().isMentioned(jda.getSelfUser()));
        discord.awaitRequest("POST", "/channels/\\d+/messages", WAIT);
    }

    @Test
    void withoutTheMessageContentIntentGuildMessagesArriveBlankUnlessTheyMentionTheBot() throws Exception {
        Message.suppressContentIntentWarning(); // JDA warns when content is read without the intent
        EchoListener listener = new EchoListener();
        login(new GatewayIntent[] {GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES}, listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");

        discord.dispatchMessageCreate(patient, general, "secret question");
        assertEquals("", listener.received.take().getMessage().getContentRaw());

        discord.dispatchMessageCreate(patient, general, discord.bot().mention() + " question");
        assertEquals(discord.bot().mention() + " question", listener.received.take().getMessage().getContentRaw());

        discord.dispatchDirectMessage(patient, "dm question");
        assertEquals("dm question", listener.received.take().getMessage().getContentRaw());
        discord.awaitRequests("POST", "/channels/\\d+/messages", 3, WAIT); // the listener's three replies
    }

    @Test
    void threadFromAMessageThenMessagesBothWays() throws Exception {
        Inbox<MessageReceivedEvent> received = new Inbox<>();
        Inbox<ThreadChannel> threads = new Inbox<>();
        login(new ListenerAdapter() {
            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                if (event.getAuthor().isBot()) {
                    return;
                }
                received.put(event);
                if (event.getChannelType() == ChannelType.TEXT) {
                    event.getMessage()
                            .createThreadChannel("Escalation: " + event.getAuthor().getName())
                            .flatMap(thread -> thread.sendMessage("A nurse will answer here.").map(sent -> thread))
                            .queue(threads::put);
                }
            }
        });
        FakeUser patient = discord.addUser("patient");
        FakeUser nurse = discord.addUser("nurse");
        discord.guild().addMember(nurse, discord.guild().role("Staff"));
        FakeChannel general = discord.guild().channel("general");

        long starterId = discord.dispatchMessageCreate(patient, general, "Is this rash normal?").get("id").asLong();
        received.take();
        ThreadChannel thread = threads.take();

        assertEquals(starterId, thread.getIdLong(), "a thread from a message shares its id");
        assertEquals(general.id(), thread.getParentChannel().getIdLong());
        RecordedRequest start = discord.awaitRequest("POST", "/channels/" + general.id() + "/messages/" + starterId + "/threads", WAIT);
        assertEquals("Escalation: patient", start.text("/name"));
        assertEquals("A nurse will answer here.",
                discord.awaitRequest("POST", "/channels/" + thread.getId() + "/messages", WAIT).text("/content"));
        assertTrue(discord.gatewayFrames().stream().anyMatch(f -> "THREAD_CREATE".equals(f.type())));

        FakeChannel fakeThread = discord.channel(thread.getIdLong());
        discord.dispatchMessageCreate(nurse, fakeThread, "It is, apply the cream twice a day.");

        MessageReceivedEvent inThread = received.take();
        assertEquals(ChannelType.GUILD_PUBLIC_THREAD, inThread.getChannelType());
        assertEquals(thread.getIdLong(), inThread.getChannel().getIdLong());
        assertTrue(inThread.getMember().getRoles().stream().anyMatch(r -> r.getName().equals("Staff")));
    }

    @Test
    void closedDirectMessagesFailWith50007() throws Exception {
        login();
        FakeUser patient = discord.addUser("patient");
        discord.closeDirectMessages(patient);

        User user = jda.retrieveUserById(patient.id()).complete();
        ErrorResponseException error = assertThrows(ErrorResponseException.class,
                () -> user.openPrivateChannel().flatMap(dm -> dm.sendMessage("Your appointment is confirmed")).complete());

        assertEquals(ErrorResponse.CANNOT_SEND_TO_USER, error.getErrorResponse());
        assertEquals(50007, error.getErrorCode());
        assertEquals(200, discord.awaitRequest("POST", "/users/@me/channels", WAIT).status());
        assertEquals(403, discord.awaitRequest("POST", "/channels/\\d+/messages", WAIT).status());
    }

    @Test
    void failNextFailsOnceThenTheRouteWorksAgain() throws Exception {
        login();
        FakeChannel general = discord.guild().channel("general");
        discord.failNext("POST", "/channels/" + general.id() + "/messages", 503, 0, "Service Unavailable");
        discord.failNext("POST", "/channels/" + general.id() + "/messages", 403, 50013, "Missing Permissions");
        var channel = jda.getTextChannelById(general.id());

        // JDA retries a 503 on its own (after 500 ms); the 403 after it is final
        ErrorResponseException error = assertThrows(ErrorResponseException.class, () -> channel.sendMessage("x").complete());
        assertEquals(ErrorResponse.MISSING_PERMISSIONS, error.getErrorResponse());
        Message sent = channel.sendMessage("y").complete();
        assertEquals("y", sent.getContentRaw());
        assertEquals(List.of(503, 403, 200), discord.requests().stream()
                .filter(r -> r.is("POST", "/channels/\\d+/messages"))
                .map(RecordedRequest::status)
                .toList());
    }

    @Test
    void theBotsOwnMessagesComeBackOverTheGateway() throws Exception {
        Inbox<MessageReceivedEvent> own = new Inbox<>();
        login(new ListenerAdapter() {
            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                if (event.getAuthor().isBot()) {
                    own.put(event);
                }
            }
        });
        var channel = jda.getTextChannelById(discord.guild().channel("general").id());

        Message sent = channel.sendMessage("Opening hours: 9-17").complete();

        MessageReceivedEvent echoed = own.take();
        assertEquals(sent.getIdLong(), echoed.getMessageIdLong());
        assertEquals(jda.getSelfUser(), echoed.getAuthor());
    }
}
