package com.clinicfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

class FakeDiscordInteractionTest extends JdaOnFakeDiscord {

    /** Plays the bot: /ask replies ephemerally, /slow defers then edits, buttons open a modal, modals are thanked. */
    private static final class ClinicListener extends ListenerAdapter {
        final Inbox<SlashCommandInteractionEvent> commands = new Inbox<>();
        final Inbox<ButtonInteractionEvent> buttons = new Inbox<>();
        final Inbox<ModalInteractionEvent> modals = new Inbox<>();

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            switch (event.getName()) {
                case "ask" -> event.reply("Peels take about 30 minutes.").setEphemeral(true).queue();
                case "slow" -> {
                    event.deferReply().queue();
                    event.getHook().editOriginal("Looked it up: Tuesdays.").queue();
                }
                default -> event.reply("unknown").queue();
            }
            commands.put(event);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            TextInput comment = TextInput.create("comment", TextInputStyle.PARAGRAPH).build();
            event.replyModal(Modal.create("feedback", "Tell us more")
                            .addComponents(Label.of("Comment", comment))
                            .build())
                    .queue();
            buttons.put(event);
        }

        @Override
        public void onModalInteraction(ModalInteractionEvent event) {
            event.reply("Thanks: " + event.getValue("comment").getAsString()).setEphemeral(true).queue();
            modals.put(event);
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            event.replyChoiceStrings("peel", "peeling aftercare").queue();
        }
    }

    @Test
    void aSlashCommandReachesTheListenerAndItsEphemeralReplyIsACallbackWithFlags64() throws Exception {
        ClinicListener listener = new ClinicListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");

        FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of("question", "How long is a peel?"), patient, general);

        SlashCommandInteractionEvent event = listener.commands.take();
        assertEquals("How long is a peel?", event.getOption("question").getAsString());
        assertEquals(patient.id(), event.getUser().getIdLong());
        assertEquals(general.id(), event.getChannel().getIdLong());
        assertEquals(InteractionContextType.GUILD, event.getContext());
        RecordedRequest callback = ask.awaitCallback(WAIT);
        assertEquals(4, callback.number("/type", 0));
        assertEquals(64, callback.number("/data/flags", 0) & 64);
        assertEquals("Peels take about 30 minutes.", callback.text("/data/content"));
        assertEquals(4, ask.callbackType());
    }

    @Test
    void deferReplyThenEditOriginal() throws Exception {
        ClinicListener listener = new ClinicListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");

        FakeInteraction slow = discord.dispatchSlashCommand("slow", Map.of(), patient, discord.guild().channel("general"));

        assertEquals(5, slow.awaitCallback(WAIT).number("/type", 0));
        RecordedRequest edit = slow.awaitOriginalEdit(WAIT);
        assertEquals("Looked it up: Tuesdays.", edit.text("/content"));
        assertEquals(200, edit.status());
        assertEquals("Looked it up: Tuesdays.", slow.originalMessage().orElseThrow().get("content").asText());
    }

    @Test
    void aSlashCommandInADmHasAUserAndNoMember() throws Exception {
        ClinicListener listener = new ClinicListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");

        FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of(), patient, discord.dmChannel(patient));

        SlashCommandInteractionEvent event = listener.commands.take();
        assertNull(event.getMember());
        assertEquals(ChannelType.PRIVATE, event.getChannelType());
        assertEquals(InteractionContextType.BOT_DM, event.getContext());
        assertEquals(4, ask.awaitCallback(WAIT).number("/type", 0));
    }

    @Test
    void aButtonClickOpensAModalAndTheModalSubmitIsAnswered() throws Exception {
        ClinicListener listener = new ClinicListener();
        login(listener);
        FakeUser patient = discord.addUser("patient");
        FakeChannel general = discord.guild().channel("general");
        Message question = jda.getTextChannelById(general.id())
                .sendMessage("Was this answer helpful?")
                .addComponents(ActionRow.of(Button.primary("helpful:no", "No")))
                .complete();

        FakeInteraction click = discord.dispatchButton("helpful:no", question.getIdLong(), patient);

        ButtonInteractionEvent button = listener.buttons.take();
        assertEquals("helpful:no", button.getComponentId());
        assertEquals(question.getIdLong(), button.getMessage().getIdLong());
        RecordedRequest modal = click.awaitCallback(WAIT);
        assertEquals(9, modal.number("/type", 0));
        assertEquals("feedback", modal.text("/data/custom_id"));
        assertEquals("comment", modal.text("/data/components/0/component/custom_id"));

        FakeInteraction submit = discord.dispatchModalSubmit("feedback", Map.of("comment", "Too vague"), patient, general);

        ModalInteractionEvent submitted = listener.modals.take();
        assertEquals("feedback", submitted.getModalId());
        RecordedRequest thanks = submit.awaitCallback(WAIT);
        assertEquals("Thanks: Too vague", thanks.text("/data/content"));
    }

    @Test
    void autocompleteChoicesArriveAsCallbackType8() throws Exception {
        login(new ClinicListener());
        FakeUser patient = discord.addUser("patient");

        FakeInteraction typing = discord.dispatchAutocomplete(
                "ask", "question", "pee", Map.of(), patient, discord.guild().channel("general"));

        RecordedRequest choices = typing.awaitCallback(WAIT);
        assertEquals(8, choices.number("/type", 0));
        assertEquals("peel", choices.text("/data/choices/0/value"));
    }

    @Test
    void theFakeRefusesASecondAnswerWith40060() throws Exception {
        login(new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.reply("first").queue();
            }
        });
        FakeUser patient = discord.addUser("patient");
        FakeInteraction ask = discord.dispatchSlashCommand("ask", Map.of(), patient, discord.guild().channel("general"));
        assertEquals(200, ask.awaitCallback(WAIT).status());

        // JDA refuses a second answer itself; another process answering would get this from Discord
        HttpResponse<String> second = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "interactions/" + ask.id() + "/" + ask.token() + "/callback"))
                        .header("Authorization", "Bot " + discord.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":4,\"data\":{\"content\":\"second\"}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, second.statusCode());
        assertTrue(second.body().contains("40060"), second.body());
    }
}
