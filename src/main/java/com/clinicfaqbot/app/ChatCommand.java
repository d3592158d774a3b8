package com.clinicfaqbot.app;

import com.clinicfaqbot.console.ReplyText;
import com.clinicfaqbot.faq.FaqException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chat", description = "Talk to the assistant in this terminal, as a client would.")
final class ChatCommand implements Callable<Integer> {
  @Option(names = "--faq", paramLabel = "DIR", description = "The FAQ folder (default: faq).")
  Path faqDir = Path.of("faq");

  @Override
  public Integer call() throws Exception {
    CoreEngine engine;
    try {
      engine = CoreEngine.load(faqDir);
    } catch (FaqException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.out.println("Clinic FAQ Bot: ask about microneedling. Ctrl-D to leave.");
    System.out.print("you> ");
    System.out.flush();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      System.out.println("bot> " + ReplyText.render(engine.assistant().decide(line)).replace("\n", "\n     "));
      System.out.print("you> ");
      System.out.flush();
    }
    System.out.println();
    return 0;
  }
}
