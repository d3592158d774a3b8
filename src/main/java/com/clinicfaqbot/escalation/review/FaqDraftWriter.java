package com.clinicfaqbot.escalation.review;

import com.clinicfaqbot.escalation.Escalation;
import com.clinicfaqbot.escalation.EscalationException;
import com.clinicfaqbot.escalation.StaffAnswer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a staff answer into a draft FAQ entry, one YAML file per draft in the drafts folder, for
 * the FAQ's editor to review and move into {@code faq/}. The client's question becomes an
 * alternate, so the entry will match it; the canonical question is a tidied copy to rewrite.
 *
 * <p>The YAML is built as SnakeYAML nodes and serialized, never concatenated: quotes, colons and
 * line breaks in clients' and staff's text cannot break the file.
 */
public final class FaqDraftWriter {
  /** Enough words to recognise the question in a file name; ids stay short for links. */
  private static final int SLUG_WORDS = 6;

  private final Path draftsFolder;
  private final ZoneId zone;

  /**
   * @param draftsFolder where drafts go, e.g. {@code faq/drafts}; created when needed
   * @param zone         the clinic's time zone, for the date in the draft's header
   */
  public FaqDraftWriter(Path draftsFolder, ZoneId zone) {
    this.draftsFolder = Objects.requireNonNull(draftsFolder, "draftsFolder");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /**
   * Writes the draft and returns its file, {@code <slug>.yaml}, or {@code <slug>-<id>.yaml} if the
   * slug is taken. Existing files are never overwritten.
   *
   * @throws EscalationException if staff have not answered the escalation, or it has a draft already
   */
  public Path promote(Escalation escalation) {
    return promote(escalation, Optional.empty());
  }

  /**
   * Like {@link #promote(Escalation)}, with {@code warning} (one line) written at the top of the
   * draft, for the editor who reviews it.
   */
  public Path promote(Escalation escalation, Optional<String> warning) {
    StaffAnswer answer =
        escalation.answer()
            .orElseThrow(() -> new EscalationException(
                "escalation " + escalation.label() + " has no staff answer to turn into an FAQ"
                    + " draft (it is " + escalation.status() + ")"));
    String slug = slug(escalation);
    Path shared = draftsFolder.resolve(slug + ".yaml");
    String unique = slug + "-" + escalation.id();
    Path own = draftsFolder.resolve(unique + ".yaml");
    try {
      refuseIfDrafted(escalation, shared, own);
      Files.createDirectories(draftsFolder);
      try {
        return write(shared, slug, escalation, answer, warning);
      } catch (FileAlreadyExistsException taken) {
        refuseIfDrafted(escalation, shared, own); // a colleague promoted it just now
      }
      try {
        return write(own, unique, escalation, answer, warning);
      } catch (FileAlreadyExistsException taken) {
        throw alreadyDrafted(escalation, own); // only this escalation writes that name
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write FAQ draft into " + draftsFolder, e);
    }
  }

  /** The header's first words name the escalation, so a second promote finds the first draft. */
  private void refuseIfDrafted(Escalation escalation, Path shared, Path own) throws IOException {
    if (Files.exists(own)) {
      throw alreadyDrafted(escalation, own);
    }
    if (Files.isRegularFile(shared)) {
      try (BufferedReader in = Files.newBufferedReader(shared, StandardCharsets.UTF_8)) {
        String first = in.readLine();
        if (first != null && first.startsWith("#" + headerStart(escalation))) {
          throw alreadyDrafted(escalation, shared);
        }
      } catch (CharacterCodingException notOurs) {
        // someone's own file under that name, not UTF-8: not a draft of this escalation
      }
    }
  }

  private static EscalationException alreadyDrafted(Escalation escalation, Path draft) {
    return new EscalationException("escalation " + escalation.label() + " already has an FAQ draft: " + draft
        + " (edit that file, or delete it to promote again)");
  }

  private Path write(Path file, String id, Escalation escalation, StaffAnswer answer, Optional<String> warning)
      throws IOException {
    MappingNode entry =
        mapping(
            entry("id", plain(id)),
            entry("question", quoted(tidy(escalation.question()))),
            entry("alternates", new SequenceNode(
                Tag.SEQ, List.of(quoted(escalation.question())), FlowStyle.BLOCK)),
            entry("answer", quoted(answer.text())));
    MappingNode root =
        mapping(entry("entries", new SequenceNode(Tag.SEQ, List.of(entry), FlowStyle.BLOCK)));
    List<CommentLine> header = new ArrayList<>();
    header.add(new CommentLine(null, null, header(escalation, answer), CommentType.BLOCK));
    // a line break would end the comment
    warning.ifPresent(w -> header.add(new CommentLine(null, null, " " + w.replaceAll("\\s+", " "), CommentType.BLOCK)));
    root.setBlockComments(header);
    // CREATE_NEW: two staff promoting at once must not overwrite each other's draft.
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      yaml().serialize(root, out);
    }
    return file;
  }

  private String header(Escalation escalation, StaffAnswer answer) {
    LocalDate day = answer.answeredAt().atZone(zone).toLocalDate();
    String staff = answer.staff().replaceAll("\\s+", " "); // a line break would end the comment
    return headerStart(escalation) + "answered by " + staff + " on " + day + " — review before moving into faq/";
  }

  private static String headerStart(Escalation escalation) {
    return " Draft from escalation " + escalation.label() + " ";
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setProcessComments(true);
    options.setSplitLines(false); // long answers stay on one line each, easier to edit
    return new Yaml(options);
  }

  /** kebab-case from the question's first meaningful words: "dye-hair-after-microneedling". */
  static String slug(Escalation escalation) {
    String slug =
        QuestionWords.of(escalation.question()).stream()
            .map(word -> word.replaceAll("[^a-z0-9]", ""))
            .filter(word -> !word.isEmpty())
            .limit(SLUG_WORDS)
            .collect(Collectors.joining("-"));
    return slug.isEmpty() ? "escalation-" + escalation.id() : slug;
  }

  /** The question as a heading: single spaces, capital first letter, a question mark. */
  static String tidy(String question) {
    String text = question.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return text;
    }
    text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    return text.matches(".*[?.!]$") ? text : text + "?";
  }

  private static MappingNode mapping(NodeTuple... entries) {
    return new MappingNode(Tag.MAP, List.of(entries), FlowStyle.BLOCK);
  }

  private static NodeTuple entry(String key, Node value) {
    return new NodeTuple(plain(key), value);
  }

  private static ScalarNode plain(String value) {
    return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.PLAIN);
  }

  private static ScalarNode quoted(String value) {
    return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.DOUBLE_QUOTED);
  }
}
