package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.console.ClientConversation;
import com.clinicfaqbot.desk.ClientDesk;
import com.clinicfaqbot.desk.ClientText;
import com.clinicfaqbot.escalation.ReplyPromise;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description = "Talk to the assistant in this terminal, as a client would. Questions for the"
        + " clinic are stored for staff (see staff); their answers appear here at your next prompt.")
final class ChatCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(names = "--user", paramLabel = "NAME", description = "Who you are to staff (default: your OS user name).")
  String user = OsUser.name();

  @Mixin FaqOption faq;

  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    if (user.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--user must not be blank");
    }
    AppConfig app = config.load();
    CoreEngine engine =
        CoreEngine.load(faq.dir(app), app.thresholds(), ConfidenceModel.DEFAULT);
    try (Stores stores = Stores.open(app.store(), clock)) {
      ClientDesk desk =
          new ClientDesk(engine.assistant(), engine.search(), stores.escalations(), stores.decisions(),
              new ReplyPromise(app.clinic().openingHours(), clock));
      ClientConversation conversation = new ClientConversation(desk, user.strip(), app.clinic().urgentLine());
      converse(conversation, app.clinic().name(), app.limits().maxQuestionChars());
    }
    return 0;
  }

  /**
   * @param maxChars {@code limits.maxQuestionChars}: a longer line is refused politely, as on
   *     Discord, before it reaches the desk, so nothing of it is stored or logged
   */
  private static void converse(ClientConversation conversation, String clinic, int maxChars) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("Hi, I'm " + clinic + "'s assistant: ask me about microneedling. Questions I can't"
        + " answer go to our team; their replies appear here (press Enter to check). Ctrl-D to leave.");
    while (true) {
      say(out, conversation.pendingStaffAnswers());
      out.print("you> ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println();
        return;
      }
      say(out, line.strip().length() > maxChars ? List.of(ClientText.tooLong(maxChars)) : conversation.handle(line));
    }
  }

  private static void say(PrintStream out, List<String> messages) {
    for (String message : messages) {
      out.println("bot> " + message.replace("\n", "\n     "));
    }
  }
}
