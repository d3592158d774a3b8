package com.clinicfaqbot.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a text file that people edit: UTF-8, checked here rather than by the decoder inside
 * SnakeYAML, whose errors are Java exception wording and always "line 1".
 */
public final class YamlText {
  private YamlText() {}

  /**
   * The file's YAML composed into nodes (lines kept for messages); empty for a file with no
   * document (empty, or only comments).
   */
  public static Optional<Node> compose(Path file) throws YamlReadException {
    String text = read(file);
    try {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
      String context = "";
      if (e.getContext() != null && e.getContextMark() != null && e.getContextMark().getLine() + 1 != line) {
        // where the unclosed bracket or quote began: often the line to fix
        context = " (" + firstLine(e.getContext()) + " started at line " + (e.getContextMark().getLine() + 1) + ")";
      }
      throw new YamlReadException(line, "YAML syntax error: " + firstLine(e.getProblem()) + context);
    } catch (YAMLException e) {
      throw new YamlReadException(1, "YAML error: " + firstLine(e.getMessage()));
    }
  }

  /** The file's lines, for the line-based files beside the YAML (e.g. {@code synonyms.txt}). */
  public static List<String> lines(Path file) throws YamlReadException {
    return read(file).lines().toList();
  }

  /**
   * The whole file as text, without a leading byte-order mark.
   *
   * @throws YamlReadException naming the line and column of the first byte that is not UTF-8, or
   *     of the first character no text file has (a NUL, a control character: a binary file)
   */
  public static String read(Path file) throws YamlReadException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new YamlReadException(0, "no such file");
    } catch (AccessDeniedException e) {
      throw new YamlReadException(0, "cannot read it: permission denied");
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "is a folder, not a file" : "cannot read it: " + e.getMessage();
      throw new YamlReadException(0, why);
    }
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    checkPrintable(text);
    return text;
  }

  private static String decode(byte[] bytes) throws YamlReadException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      int lineStart = at;
      while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
        lineStart--;
      }
      int line = 1;
      for (int i = 0; i < lineStart; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
      int column = before.codePointCount(0, before.length()) + 1;
      throw new YamlReadException(line, String.format(Locale.ROOT,
          "not valid UTF-8 (byte 0x%02X at column %d): save the file as UTF-8", bytes[at] & 0xff, column));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** The characters YAML allows (its "printable" set); anything else means this is not a text file. */
  private static void checkPrintable(String text) throws YamlReadException {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        if (!printable(c)) {
          throw new YamlReadException(line, String.format(Locale.ROOT,
              "not a text file: character U+%04X at column %d", c, column));
        }
        column++;
      }
      i += Character.charCount(c);
    }
  }

  private static boolean printable(int c) {
    return c == '\t' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static String firstLine(String text) {
    return text == null ? "" : text.lines().findFirst().orElse("").strip();
  }

  /** A key written again in one mapping, with where it was first written. */
  public record Repeat(String key, int line, int firstLine) {}

  /**
   * The keys written twice in one mapping, in order. Composing keeps every key (SnakeYAML checks
   * duplicates only when it constructs objects), so without this a second {@code answer:} would
   * silently replace the first.
   */
  public static List<Repeat> repeats(MappingNode mapping) {
    Map<String, Integer> first = new HashMap<>();
    List<Repeat> repeats = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        int line = key.getStartMark().getLine() + 1;
        Integer earlier = first.putIfAbsent(key.getValue(), line);
        if (earlier != null) {
          repeats.add(new Repeat(key.getValue(), line, earlier));
        }
      }
    }
    return repeats;
  }
}
