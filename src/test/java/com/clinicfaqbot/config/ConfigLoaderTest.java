package com.clinicfaqbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The config loader")
final class ConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("config.yaml"), text);
  }

  @Test
  @DisplayName("reads the committed example, key by key")
  void example() throws Exception {
    Path copy = dir.resolve("config.yaml");
    Files.copy(Path.of("config.example.yaml"), copy);
    AppConfig config = new ConfigLoader().load(copy);
    assertEquals(dir.resolve("faq").toAbsolutePath(), config.faq().dir().toAbsolutePath());
    assertEquals(dir.resolve("data/clinic-faq.db").toAbsolutePath(), config.store().path().toAbsolutePath());
    assertEquals(ZoneId.of("America/Edmonton"), config.clinic().openingHours().zone());
    assertEquals(LocalTime.of(9, 0), config.clinic().openingHours().on(DayOfWeek.MONDAY).orElseThrow().opens());
    assertTrue(config.clinic().openingHours().on(DayOfWeek.SUNDAY).isEmpty());
    DiscordSettings discord = config.discord().orElseThrow();
    assertEquals("123456789012345678", discord.guildId());
    assertEquals(List.of("123456789012345679"), discord.askChannelIds());
    assertEquals(0.60, config.thresholds().answer());
    assertEquals(3, config.limits().cooldownSeconds());
  }

  @Test
  @DisplayName("names every bad setting with its line, all at once")
  void badSettings() throws Exception {
    Path file = write("""
        clinic:
          timezone: Mars/Olympus
          openingHours: {mon: "9-5"}
        discord:
          guildId: "123456789012345678"
          staffChannelId: abc
          staffRoleId: "123456789012345681"
          gatewayUrl: http://example
          staffChanel: "1"
        thresholds: {answer: 1.5}
        """);
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));
    List<String> problems = e.problems();
    assertTrue(problems.contains(file + ":2: clinic.timezone: unknown time zone \"Mars/Olympus\" (use a name like America/Edmonton)"), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + ":3: clinic.openingHours.mon: must be \"HH:MM-HH:MM\"")), problems::toString);
    assertTrue(problems.contains(file + ":6: discord.staffChannelId: must be a snowflake id (15 to 21 digits), got \"abc\""), problems::toString);
    assertTrue(problems.contains(file + ":8: discord.gatewayUrl: must be a ws or wss URL, got \"http://example\""), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + ":9: discord.staffChanel: unknown setting")), problems::toString);
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(file + ":10: thresholds.answer: must be a number from 0 to 1")), problems::toString);
    assertEquals(6, problems.size(), problems::toString);
  }

  @Test
  @DisplayName("tells when the clinic opens next, in its own time zone")
  void nextOpening() throws Exception {
    AppConfig config = new ConfigLoader().load(write("clinic: {timezone: America/Edmonton, openingHours: {mon: \"09:00-18:00\"}}\n"));
    OpeningHours hours = config.clinic().openingHours();
    ZonedDateTime sundayNight = ZonedDateTime.of(2026, 11, 22, 21, 0, 0, 0, ZoneId.of("America/Edmonton"));
    assertEquals(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("America/Edmonton")),
        hours.nextOpening(sundayNight).orElseThrow());
    assertTrue(hours.isOpen(sundayNight.plusHours(13)));
  }
}
