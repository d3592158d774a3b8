package com.clinicfaqbot.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;

@DisplayName("Reading a YAML file as UTF-8 text")
final class YamlTextTest {
  @TempDir Path dir;

  private YamlReadException refused(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("a.yaml"), bytes);
    return assertThrows(YamlReadException.class, () -> YamlText.read(file));
  }

  @Test
  @DisplayName("a byte that is not UTF-8 is named with its line and its column in characters, CRLF files too")
  void notUtf8() throws Exception {
    // "é" before the bad byte is two bytes but one column
    YamlReadException e = refused(new byte[] {'a', ':', ' ', '1', '\r', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF});
    assertEquals(2, e.line());
    assertEquals("not valid UTF-8 (byte 0xFF at column 6): save the file as UTF-8", e.getMessage());
  }

  @Test
  @DisplayName("a sequence cut short at the end of the file is not UTF-8 either")
  void truncatedSequence() throws Exception {
    YamlReadException e = refused(new byte[] {'a', ':', ' ', (byte) 0xE2, (byte) 0x82});
    assertEquals(1, e.line());
    assertEquals("not valid UTF-8 (byte 0xE2 at column 4): save the file as UTF-8", e.getMessage());
  }

  @Test
  @DisplayName("a control character (a binary file that happens to decode) is named; tabs and a BOM are fine")
  void controlCharacters() throws Exception {
    YamlReadException e = refused("a: 1\nb: \u001b[31mred\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, e.line());
    assertEquals("not a text file: character U+001B at column 4", e.getMessage());

    Path ok = Files.writeString(dir.resolve("ok.yaml"), "\uFEFFa:\t1\n");
    assertEquals("a:\t1\n", YamlText.read(ok));
  }

  @Test
  @DisplayName("a missing file and a folder are one plain sentence, line 0")
  void unreadable() throws Exception {
    YamlReadException missing = assertThrows(YamlReadException.class, () -> YamlText.read(dir.resolve("nope.yaml")));
    assertEquals(0, missing.line());
    assertEquals("no such file", missing.getMessage());
    YamlReadException folder = assertThrows(YamlReadException.class, () -> YamlText.read(dir));
    assertEquals("is a folder, not a file", folder.getMessage());
  }

  @Test
  @DisplayName("repeated keys of a mapping are listed with where each was first written")
  void repeats() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), "a: 1\nb: 2\na: 3\nc: {x: 1, x: 2}\na: 4\n");
    MappingNode root = (MappingNode) YamlText.compose(file).orElseThrow();

    assertEquals(List.of(new YamlText.Repeat("a", 3, 1), new YamlText.Repeat("a", 5, 1)), YamlText.repeats(root));
    assertEquals(List.of(new YamlText.Repeat("x", 4, 4)),
        YamlText.repeats((MappingNode) root.getValue().get(3).getValueNode()));
  }
}
