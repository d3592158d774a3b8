package com.clinicfaqbot.app;

import com.clinicfaqbot.assistant.Assistant;
import com.clinicfaqbot.assistant.ConfidenceModel;
import com.clinicfaqbot.assistant.SmallTalk;
import com.clinicfaqbot.assistant.Thresholds;
import com.clinicfaqbot.config.AppConfig;
import com.clinicfaqbot.console.StaffConsole;
import com.clinicfaqbot.escalation.review.FaqDraftWriter;
import com.clinicfaqbot.faq.FaqCatalog;
import com.clinicfaqbot.faq.FaqException;
import com.clinicfaqbot.faq.FaqLoader;
import com.clinicfaqbot.search.FaqIndex;
import com.clinicfaqbot.search.FaqSearch;
import com.clinicfaqbot.triage.Triage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "staff",
    mixinStandardHelpOptions = true,
    subcommands = HelpCommand.class,
    description = "Work through the escalation queue. Without a command: an interactive console"
        + " (type help there). Refusals go to stderr with exit code 1.")
final class StaffCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Mixin FaqOption faq;

  @Option(
      names = "--as",
      paramLabel = "NAME",
      scope = ScopeType.INHERIT,
      description = "Your name, recorded on claims and answers (default: your OS user name).")
  String staff = OsUser.name();

  @Spec CommandSpec spec;

  private final Clock clock = Clock.systemUTC();

  /** {@code 12} or {@code #12}, as the interactive console takes it; anything else named as not an id. */
  static final class EscalationId implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String digits = value.startsWith("#") ? value.substring(1) : value;
      if (!digits.matches("\\d{1,18}")) {
        throw new TypeConversionException("'" + value + "' is not an escalation id (a number, like 12)");
      }
      return Long.parseLong(digits);
    }
  }

  /** What one command does with the console; returns the text to print. */
  @FunctionalInterface
  private interface Action {
    String run(StaffConsole console) throws IOException;
  }

  @Override
  public Integer call() throws Exception {
    return print(this::interactive);
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "The open queue: urgent first, then oldest first.")
  int list(
      @Option(names = "--json", description = "One JSON object per line (JSON Lines), one per escalation.")
          boolean json)
      throws Exception {
    return print(console -> json ? console.listJson() : console.list());
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything about one escalation.")
  int show(
      @Parameters(paramLabel = "ID", converter = EscalationId.class) long id,
      @Option(names = "--json", description = "One JSON object, on one line.") boolean json)
      throws Exception {
    return print(console -> json ? console.showJson(id) : console.show(id));
  }

  @Command(name = "claim", mixinStandardHelpOptions = true, description = "Tell colleagues you are on it.")
  int claim(@Parameters(paramLabel = "ID", converter = EscalationId.class) long id) throws Exception {
    return print(console -> console.claim(id));
  }

  @Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer the client; the answer reaches them at their next message.")
  int answer(
      @Parameters(index = "0", paramLabel = "ID", converter = EscalationId.class) long id,
      @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT",
          description = "The answer (quote it, or give it as words).")
          List<String> words)
      throws Exception {
    String text = String.join(" ", words).strip();
    if (text.isEmpty()) {
      throw new ParameterException(spec.commandLine().getSubcommands().get("answer"),
          "The answer TEXT is empty: write what the client should read");
    }
    return print(console -> console.answer(id, text));
  }

  @Command(name = "close", mixinStandardHelpOptions = true, description = "Close it: after the answer, or as spam or a duplicate.")
  int close(@Parameters(paramLabel = "ID", converter = EscalationId.class) long id) throws Exception {
    return print(console -> console.close(id));
  }

  @Command(name = "promote", mixinStandardHelpOptions = true,
      description = "Write a draft FAQ entry from the staff answer into <faq>/drafts/; prints its path"
          + " (and on stderr a warning when the safety rules always hand such a question to staff).")
  int promote(@Parameters(paramLabel = "ID", converter = EscalationId.class) long id) throws Exception {
    return print(console -> {
      StaffConsole.Draft draft = console.promote(id);
      draft.warning().ifPresent(System.err::println);
      return draft.file() + "\n";
    });
  }

  @Command(name = "undelivered", mixinStandardHelpOptions = true, description = "Answers that have not reached their client yet.")
  int undelivered(
      @Option(names = "--json", description = "One JSON object per line (JSON Lines), one per escalation.")
          boolean json)
      throws Exception {
    return print(console -> json ? console.undeliveredJson() : console.undelivered());
  }

  private int print(Action action) throws Exception {
    if (staff.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--as must not be blank");
    }
    AppConfig app = config.load();
    ZoneId zone = app.clinic().openingHours().zone();
    Path faqDir = faq.dir(app);
    FaqCatalog catalog = catalog(faqDir);
    try (Stores stores = Stores.open(app.store(), clock)) {
      StaffConsole console =
          new StaffConsole(stores.escalations(), new FaqDraftWriter(faqDir.resolve("drafts"), zone),
              safetyRules(catalog, faqDir), catalog, zone, clock, staff);
      out().print(action.run(console));
    }
    return 0;
  }

  private String interactive(StaffConsole console) throws IOException {
    PrintStream out = out();
    out.println("Staff console, working as " + staff + ". Type help for the commands.");
    out.print(console.list());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    while (true) {
      out.print("staff> ");
      out.flush();
      String line = in.readLine();
      if (line == null) {
        return "\n";
      }
      StaffConsole.Response response = console.run(line);
      if (response.quit()) {
        return "";
      }
      (response.refused() ? System.err : out).print(response.text());
    }
  }

  /**
   * {@link Assistant#triage} over the FAQ, built at the first promote only: nothing else staff do
   * needs an index.
   */
  private static StaffConsole.SafetyRules safetyRules(FaqCatalog catalog, Path faqDir) {
    AtomicReference<Assistant> assistant = new AtomicReference<>();
    return question -> {
      if (assistant.get() == null) {
        assistant.set(assistant(catalog, faqDir));
      }
      return assistant.get().triage(question).map(verdict -> verdict.reason().code());
    };
  }

  private static Assistant assistant(FaqCatalog catalog, Path faqDir) {
    FaqIndex index;
    try {
      index = FaqIndex.build(catalog, faqDir);
    } catch (FaqException e) {
      // triage does not read the index: an empty one serves when the FAQ has problems
      index = emptyIndex();
    }
    return new Assistant(new FaqSearch(index), Triage.standard(), new SmallTalk(), ConfidenceModel.DEFAULT,
        Thresholds.DEFAULT);
  }

  private static FaqIndex emptyIndex() {
    try {
      return FaqIndex.build(new FaqCatalog(List.of(), List.of()), "(no synonyms)");
    } catch (FaqException e) {
      throw new IllegalStateException("an empty FAQ always indexes", e);
    }
  }

  /** The FAQ, to name candidate entries; staff can still work when it has problems. */
  private static FaqCatalog catalog(Path faqDir) {
    try {
      return new FaqLoader().load(faqDir);
    } catch (FaqException e) {
      System.err.println("Note: the FAQ in " + faqDir + " has " + e.problems().size()
          + " problem(s) (run validate); candidate entries are shown by id only.");
      return new FaqCatalog(List.of(), List.of());
    }
  }

  private static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }
}
