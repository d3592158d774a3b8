package com.clinicfaqbot.config;

import com.clinicfaqbot.assistant.Thresholds;
import com.clinicfaqbot.yaml.YamlReadException;
import com.clinicfaqbot.yaml.YamlText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the YAML config file into {@link AppConfig}, checking every setting and reporting every
 * problem at once as {@code file:line: setting.name: what is wrong}. Relative paths are resolved
 * against the config file's folder, so the bot can be started from anywhere.
 */
public final class ConfigLoader {
  private static final Pattern SNOWFLAKE = Pattern.compile("\\d{15,21}");
  private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");
  private static final Map<String, DayOfWeek> DAYS =
      Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
          "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

  public AppConfig load(Path file) throws ConfigException {
    Node root = compose(file);
    Path folder = file.toAbsolutePath().getParent();
    Reader reader = new Reader(file.toString());
    Section top = reader.section(root, "", Set.of("faq", "store", "clinic", "discord", "thresholds", "limits"));
    AppConfig defaults = AppConfig.defaults(folder);

    Section faq = top.child("faq", Set.of("dir"));
    Path faqDir = faq.text("dir").map(folder::resolve).orElse(defaults.faq().dir());
    Section store = top.child("store", Set.of("path"));
    Path storePath = store.text("path").map(folder::resolve).orElse(defaults.store().path());

    ClinicSettings clinic = clinic(top.child("clinic", Set.of("name", "timezone", "openingHours", "urgentLine")));
    Optional<DiscordSettings> discord =
        top.has("discord")
            ? Optional.ofNullable(discord(top.child("discord", Set.of("guildId", "askChannelIds", "staffChannelId",
                "staffRoleId", "restBaseUrl", "gatewayUrl"))))
            : Optional.empty();

    Section thresholds = top.child("thresholds", Set.of("answer", "clarify", "closeRatio"));
    Thresholds t = Thresholds.DEFAULT;
    double answer = thresholds.number("answer", 0, 1).orElse(t.answer());
    double clarify = thresholds.number("clarify", 0, 1).orElse(t.clarify());
    double closeRatio = thresholds.number("closeRatio", 0, 1).orElse(t.closeRatio());
    Thresholds chosen = reader.build(thresholds, () -> new Thresholds(answer, clarify, closeRatio), t);

    Section limits = top.child("limits", Set.of("cooldownSeconds", "maxQuestionChars"));
    int cooldown = limits.number("cooldownSeconds", 0, 3_600).map(Double::intValue)
        .orElse(LimitSettings.DEFAULT.cooldownSeconds());
    int maxChars = limits.number("maxQuestionChars", 20, 4_000).map(Double::intValue)
        .orElse(LimitSettings.DEFAULT.maxQuestionChars());

    if (!reader.problems.isEmpty()) {
      throw new ConfigException(reader.problems);
    }
    return new AppConfig(new FaqSettings(faqDir), new StoreSettings(storePath), clinic, discord, chosen,
        new LimitSettings(cooldown, maxChars));
  }

  private static ClinicSettings clinic(Section clinic) {
    String name = clinic.text("name").orElse("the clinic");
    ZoneId zone = clinic.text("timezone").map(z -> clinic.parse("timezone", z, ZoneId::of,
        "unknown time zone \"" + z + "\" (use a name like America/Edmonton)")).orElse(ZoneId.systemDefault());
    Map<DayOfWeek, OpeningHours.Hours> days = new EnumMap<>(DayOfWeek.class);
    Section hours = clinic.child("openingHours", DAYS.keySet());
    for (String day : DAYS.keySet()) {
      hours.text(day).ifPresent(value -> {
        if (value.equalsIgnoreCase("closed")) {
          return;
        }
        Matcher m = HOURS.matcher(value.strip());
        OpeningHours.Hours parsed = null;
        if (m.matches()) {
          try {
            parsed = new OpeningHours.Hours(LocalTime.parse(pad(m.group(1))), LocalTime.parse(pad(m.group(2))));
          } catch (DateTimeParseException | IllegalArgumentException e) {
            parsed = null;
          }
        }
        if (parsed == null) {
          hours.problem(day, "must be \"HH:MM-HH:MM\" (closing after opening) or \"closed\", got \"" + value + "\"");
        } else {
          days.put(DAYS.get(day), parsed);
        }
      });
    }
    Optional<String> urgentLine = clinic.text("urgentLine");
    return new ClinicSettings(name, new OpeningHours(zone, days), urgentLine);
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  private static DiscordSettings discord(Section discord) {
    String guildId = discord.snowflake("guildId");
    List<String> askChannels = discord.snowflakes("askChannelIds");
    String staffChannelId = discord.snowflake("staffChannelId");
    String staffRoleId = discord.snowflake("staffRoleId");
    Optional<URI> rest = discord.url("restBaseUrl", Set.of("http", "https"));
    Optional<URI> gateway = discord.url("gatewayUrl", Set.of("ws", "wss"));
    if (guildId == null || staffChannelId == null || staffRoleId == null) {
      return null;
    }
    return new DiscordSettings(guildId, askChannels, staffChannelId, staffRoleId, rest, gateway);
  }

  private static Node compose(Path file) throws ConfigException {
    try {
      return YamlText.compose(file).orElseThrow(
          () -> new ConfigException(List.of(file + ":1: the config file is empty")));
    } catch (YamlReadException e) {
      throw new ConfigException(List.of(e.line() > 0
          ? file + ":" + e.line() + ": " + e.getMessage()
          : file + ": cannot read the config file: " + e.getMessage()));
    }
  }

  /** Collects problems for one file. */
  private static final class Reader {
    private final String file;
    private final List<String> problems = new ArrayList<>();

    Reader(String file) {
      this.file = file;
    }

    Section section(Node node, String path, Set<String> allowed) {
      return new Section(this, node, path, allowed);
    }

    void problem(Node node, String setting, String message) {
      problems.add(file + ":" + (node.getStartMark().getLine() + 1) + ": " + setting + ": " + message);
    }

    <T> T build(Section section, java.util.function.Supplier<T> factory, T fallback) {
      try {
        return factory.get();
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (section.node.getStartMark().getLine() + 1) + ": " + e.getMessage());
        return fallback;
      }
    }
  }

  /** One mapping of the file, e.g. {@code discord:}, that knows its allowed keys. */
  private static final class Section {
    private final Reader reader;
    private final Node node;
    private final String path;
    private final Map<String, NodeTuple> values = new LinkedHashMap<>();

    Section(Reader reader, Node node, String path, Set<String> allowed) {
      this.reader = reader;
      this.node = node;
      this.path = path;
      if (node == null || Tag.NULL.equals(node.getTag())) {
        return;
      }
      if (!(node instanceof MappingNode mapping)) {
        reader.problem(node, path.isEmpty() ? "(top level)" : path, "must be a mapping of settings");
        return;
      }
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
        NodeTuple first = values.get(key);
        if (first != null) {
          // composing keeps both; which one wins would be a guess
          reader.problem(tuple.getKeyNode(), name(key),
              "set twice (first at line " + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
        } else if (!allowed.contains(key)) {
          reader.problem(tuple.getKeyNode(), name(key), "unknown setting (allowed: " + String.join(", ",
              allowed.stream().sorted().toList()) + ")");
        } else {
          values.put(key, tuple);
        }
      }
    }

    String name(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
      return values.containsKey(key);
    }

    Section child(String key, Set<String> allowed) {
      NodeTuple tuple = values.get(key);
      return new Section(reader, tuple == null ? null : tuple.getValueNode(), name(key), allowed);
    }

    void problem(String key, String message) {
      NodeTuple tuple = values.get(key);
      reader.problem(tuple == null ? node : tuple.getValueNode(), name(key), message);
    }

    Optional<String> text(String key) {
      NodeTuple tuple = values.get(key);
      if (tuple == null || Tag.NULL.equals(tuple.getValueNode().getTag())) {
        return Optional.empty();
      }
      if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
        problem(key, "must be a single value");
        return Optional.empty();
      }
      if (scalar.getValue().isBlank()) {
        problem(key, "must not be empty");
        return Optional.empty();
      }
      return Optional.of(scalar.getValue().strip());
    }

    Optional<Double> number(String key, double min, double max) {
      return text(key).flatMap(value -> {
        try {
          double number = Double.parseDouble(value);
          if (number >= min && number <= max) {
            return Optional.of(number);
          }
        } catch (NumberFormatException e) {
          // reported below
        }
        problem(key, "must be a number from " + format(min) + " to " + format(max) + ", got \"" + value + "\"");
        return Optional.empty();
      });
    }

    private static String format(double value) {
      return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    String snowflake(String key) {
      Optional<String> value = text(key);
      if (value.isEmpty()) {
        if (!has(key)) {
          reader.problem(node, name(key), "missing (a Discord id: enable Developer Mode, right-click, Copy ID)");
        }
        return null;
      }
      if (!SNOWFLAKE.matcher(value.get()).matches()) {
        problem(key, "must be a snowflake id (15 to 21 digits), got \"" + value.get() + "\"");
        return null;
      }
      return value.get();
    }

    List<String> snowflakes(String key) {
      NodeTuple tuple = values.get(key);
      if (tuple == null) {
        return List.of();
      }
      if (!(tuple.getValueNode() instanceof SequenceNode list)) {
        problem(key, "must be a list of snowflake ids, like [\"123456789012345678\"]");
        return List.of();
      }
      List<String> ids = new ArrayList<>();
      for (Node item : list.getValue()) {
        String value = item instanceof ScalarNode s ? s.getValue() : "";
        if (SNOWFLAKE.matcher(value).matches()) {
          ids.add(value);
        } else {
          reader.problem(item, name(key), "must be a snowflake id (15 to 21 digits), got \"" + value + "\"");
        }
      }
      return ids;
    }

    Optional<URI> url(String key, Set<String> schemes) {
      return text(key).flatMap(value -> {
        try {
          URI uri = new URI(value);
          if (uri.getScheme() != null && schemes.contains(uri.getScheme()) && uri.getHost() != null) {
            return Optional.of(uri);
          }
        } catch (URISyntaxException e) {
          // reported below
        }
        problem(key, "must be a " + String.join(" or ", schemes.stream().sorted().toList()) + " URL, got \"" + value + "\"");
        return Optional.empty();
      });
    }

    <T> T parse(String key, String value, Function<String, T> parser, String message) {
      try {
        return parser.apply(value);
      } catch (DateTimeException | IllegalArgumentException e) {
        problem(key, message);
        return null;
      }
    }
  }
}
