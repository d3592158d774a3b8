package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.clinicfaqbot.config.DiscordSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.interactions.ModalCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

@DisplayName("The listener, on JDA's gateway thread")
final class BotListenerTest {
  private static final String STAFF_ROLE = "123456789012345681";

  private final Worker worker = new Worker(1, 10);
  private final ClientQuestions questions = mock(ClientQuestions.class);
  private final ClientButtons clientButtons = mock(ClientButtons.class);
  private final StaffActions staffActions = mock(StaffActions.class);
  private final StaffCommands staffCommands = mock(StaffCommands.class);
  private final BotListener listener = new BotListener(
      new DiscordSettings("123456789012345678", List.of("123456789012345679"), "123456789012345680", STAFF_ROLE,
          Optional.empty(), Optional.empty()),
      worker, new StaffRole(STAFF_ROLE), mock(ClientReplies.class), questions, clientButtons, mock(ForgetMe.class),
      staffActions, staffCommands);

  @AfterEach
  void stop() {
    worker.close();
  }

  private static Member memberWithRoles(String... roleIds) {
    Member member = mock(Member.class);
    List<Role> roles = Arrays.stream(roleIds).map(id -> {
      Role role = mock(Role.class);
      when(role.getId()).thenReturn(id);
      return role;
    }).toList();
    when(member.getRoles()).thenReturn(roles);
    return member;
  }

  @Test
  @DisplayName("A message from a bot (itself included) is ignored")
  void ignoresBots() {
    // GIVEN a message whose author is a bot
    MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    User bot = mock(User.class);
    when(bot.isBot()).thenReturn(true);
    when(event.getAuthor()).thenReturn(bot);
    when(event.getMessage()).thenReturn(mock(Message.class));

    // WHEN it arrives
    listener.onMessageReceived(event);

    // THEN nothing is asked of the desk
    verifyNoInteractions(questions, staffActions);
  }

  @Test
  @DisplayName("/ask is deferred as an ephemeral reply at once; the question is handled on the worker")
  void askIsDeferredThenHandedOver() {
    // GIVEN /ask with a question
    SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    OptionMapping option = mock(OptionMapping.class);
    ReplyCallbackAction deferral = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(event.getName()).thenReturn("ask");
    when(event.getOption("question")).thenReturn(option);
    when(option.getAsString()).thenReturn("does it hurt?");
    when(event.deferReply(true)).thenReturn(deferral);

    // WHEN it arrives
    listener.onSlashCommandInteraction(event);

    // THEN the deferral is queued (not awaited), and the worker takes the question
    verify(deferral).queue();
    verify(questions, timeout(2_000)).slash(event, "does it hurt?");
  }

  @Test
  @DisplayName("A staff button pressed by someone without the staff role gets an ephemeral refusal, and no work is done")
  void staffButtonRefusedForNonStaff() {
    // GIVEN a click on Claim by a member without the staff role
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    Member client = memberWithRoles("999999999999999999");
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(event.getComponentId()).thenReturn("esc:claim:42");
    when(event.getMember()).thenReturn(client);
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);

    // WHEN it arrives
    listener.onButtonInteraction(event);

    // THEN the refusal is ephemeral, and staff actions are never reached
    ArgumentCaptor<MessageCreateData> said = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(event).reply(said.capture());
    assertEquals(StaffRole.REFUSAL, said.getValue().getContent());
    verify(reply).setEphemeral(true);
    verify(reply).queue();
    verifyNoInteractions(staffActions);
  }

  @Test
  @DisplayName("The Answer button opens the answer form straight away for staff, without deferring")
  void answerButtonOpensTheForm() {
    // GIVEN a click on Answer by a staff member
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    ModalCallbackAction form = mock(ModalCallbackAction.class, RETURNS_SELF);
    Member nurse = memberWithRoles(STAFF_ROLE);
    when(event.getComponentId()).thenReturn("esc:answer:42");
    when(event.getMember()).thenReturn(nurse);
    when(event.replyModal(any(Modal.class))).thenReturn(form);

    // WHEN it arrives
    listener.onButtonInteraction(event);

    // THEN the form for escalation 42 is opened
    ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
    verify(event).replyModal(modal.capture());
    assertEquals("esc:answer:42", modal.getValue().getId());
    verify(form).queue();
    verify(event, never()).deferReply(true);
  }

  @Test
  @DisplayName("Buttons on someone else's answer are refused, and their question is not touched")
  void clientButtonsBelongToTheAsker() {
    // GIVEN a click on 👎 under another client's answer
    ButtonInteractionEvent event = mock(ButtonInteractionEvent.class);
    User other = mock(User.class);
    ReplyCallbackAction reply = mock(ReplyCallbackAction.class, RETURNS_SELF);
    when(other.getId()).thenReturn("222222222222222222");
    when(event.getUser()).thenReturn(other);
    when(event.getComponentId()).thenReturn("ans:no:pain:111111111111111111");
    when(event.reply(any(MessageCreateData.class))).thenReturn(reply);

    // WHEN it arrives
    listener.onButtonInteraction(event);

    // THEN the clicker is refused privately and the answer's buttons do nothing
    verify(reply).setEphemeral(true);
    verifyNoInteractions(clientButtons);
  }

  @Test
  @DisplayName("A mention of the bot is taken out of the question")
  void mentionIsStripped() {
    // WHEN the bot's mention (either form) is removed; THEN other mentions and the words stay
    assertEquals("does it hurt?", BotListener.withoutMention("<@42> does   it hurt?", "42"));
    assertEquals("is <@7> right?", BotListener.withoutMention("<@!42> is <@7> right?", "42"));
    verify(questions, never()).message(any(), anyString());
  }
}
