package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.clinicfaqbot.app.CoreEngine;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.desk.StaffDesk;
import com.clinicfaqbot.faq.FaqProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

@DisplayName("The staff commands")
final class StaffCommandsTest {
  @TempDir Path folder;

  @Test
  @DisplayName("/faq reload of a broken FAQ lists its problems, and the FAQ loaded before keeps answering")
  @SuppressWarnings("unchecked")
  void badReloadKeepsTheOldFaq() throws Exception {
    // GIVEN the bot's engine over a copy of the FAQ, which an edit then breaks
    Path faq = Files.createDirectories(folder.resolve("faq"));
    try (Stream<Path> files = Files.list(Path.of("faq"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, faq.resolve(file.getFileName()));
      }
    }
    CoreEngine engine = CoreEngine.load(faq);
    Files.writeString(faq.resolve("broken.yaml"), "entries:\n  - id: pain\n    question: Dup?\n    answr: x\n");
    StaffCommands commands = new StaffCommands(engine::reload, mock(StaffDesk.class),
        new StaffSummary(engine.search(), "1"), Clock.systemUTC());
    InteractionHook hook = mock(InteractionHook.class);
    WebhookMessageEditAction<?> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
    when(hook.editOriginal(any(MessageEditData.class))).thenReturn((WebhookMessageEditAction) edit);

    // WHEN staff reload
    commands.reload(hook);

    // THEN they see that it was not reloaded, with every problem by file and line
    ArgumentCaptor<MessageEditData> said = ArgumentCaptor.forClass(MessageEditData.class);
    verify(hook).editOriginal(said.capture());
    String text = said.getValue().getContent();
    assertTrue(text.startsWith("The FAQ was **not** reloaded"), text);
    assertTrue(text.contains("broken.yaml:"), text);
    // AND the old FAQ still answers
    assertInstanceOf(Reply.Answer.class, engine.assistant().decide("does it hurt"));
  }

  @Test
  @DisplayName("A long list of problems is cut to one message, saying how many more there are")
  void manyProblemsFitOneMessage() {
    // GIVEN 200 problems
    List<FaqProblem> problems = IntStream.range(0, 200)
        .mapToObj(i -> new FaqProblem("faq/entries.yaml", i + 1, "entry 'e" + i + "': missing 'answer'"))
        .toList();

    // WHEN they are shown
    String text = StaffCommands.problems(problems);

    // THEN one message holds as many as fit, then how many more
    assertTrue(text.length() <= 2_000, "length " + text.length());
    assertTrue(text.contains("…and ") && text.contains(" more (run validate)"), text);
    assertEquals("```", text.substring(text.length() - 3));
  }
}
