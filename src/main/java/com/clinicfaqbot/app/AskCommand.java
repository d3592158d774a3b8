package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.Candidate;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.assistant.Reply;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.console.ReplyText;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description = "Decide questions given as arguments, or one per line on stdin. Stores nothing.")
final class AskCommand implements Callable<Integer> {
  @Option(names = "--json", description = "One JSON object per line, in order.")
  boolean json;

  @Mixin ConfigOption config;

  @Mixin FaqOption faq;

  @Parameters(paramLabel = "QUESTION", description = "Questions, one per argument (quote them); when none, read one per line from stdin.")
  List<String> questions = List.of();

  @Override
  public Integer call() throws Exception {
    AppConfig app = config.load();
    CoreEngine engine = CoreEngine.load(faq.dir(app), app.thresholds(), ConfidenceModel.DEFAULT);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Made only for --json: setting up Jackson costs a plain answer a sixth of its start-up.
    ObjectMapper mapper = json ? new ObjectMapper() : null;
    if (!questions.isEmpty()) {
      for (String question : questions) {
        answer(engine, question, mapper, out);
      }
      return 0;
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      answer(engine, line, mapper, out);
    }
    return 0;
  }

  private static void answer(CoreEngine engine, String question, ObjectMapper mapper, PrintStream out)
      throws Exception {
    long start = System.nanoTime();
    Reply reply = engine.assistant().decide(question);
    long micros = (System.nanoTime() - start) / 1_000;
    if (mapper != null) {
      out.println(mapper.writeValueAsString(toJson(question, reply, micros)));
    } else {
      out.println("> " + question);
      out.println(ReplyText.render(reply));
      out.println();
    }
  }

  static Map<String, Object> toJson(String question, Reply reply, long micros) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("question", question);
    row.put("outcome", reply.outcome());
    String faqId = null;
    List<String> candidates = List.of();
    boolean urgent = false;
    String reason = null;
    double confidence = 0;
    if (reply instanceof Reply.Answer answer) {
      faqId = answer.entry().id();
      confidence = answer.confidence();
    } else if (reply instanceof Reply.Clarify clarify) {
      candidates = clarify.candidates().stream().map(Candidate::faqId).toList();
      confidence = clarify.candidates().get(0).confidence();
    } else if (reply instanceof Reply.Escalate escalate) {
      urgent = escalate.urgent();
      reason = escalate.reason().code();
      confidence = escalate.candidates().isEmpty() ? 0 : escalate.candidates().get(0).confidence();
    } else if (reply instanceof Reply.SmallTalk) {
      confidence = 1;
    } else {
      throw new IllegalStateException("unknown reply " + reply);
    }
    row.put("faqId", faqId);
    row.put("candidates", candidates);
    row.put("urgent", urgent);
    row.put("reason", reason);
    row.put("confidence", Math.round(confidence * 1000) / 1000.0);
    row.put("micros", micros);
    return row;
  }
}
