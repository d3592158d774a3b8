package com.clinicfaqbot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Safe text and custom ids")
final class SafeTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "@everyone look | @\u200Beveryone look",
    "hi @here | hi @\u200Bhere",
    "<@123456789012345678> and <@!123456789012345678> | <\u200B@123456789012345678> and <\u200B@!123456789012345678>",
    "<@&123456789012345678> | <\u200B@&123456789012345678>",
    "email me@example.com | email me@example.com"
  })
  @DisplayName("Mentions in client text are defused with a zero-width space, and come back unchanged")
  void escape(String text, String escaped) {
    // WHEN client text is escaped, THEN mentions break; WHEN read back, THEN it is as written
    assertEquals(escaped, SafeText.escape(text));
    assertEquals(text, SafeText.unescape(SafeText.escape(text)));
  }

  @Test
  @DisplayName("Every message built here allows no mention at all")
  void noMentions() {
    // WHEN a message is built from text that mentions everyone; THEN it allows no mention
    assertTrue(SafeText.text("@everyone").getAllowedMentions().isEmpty());
    assertTrue(SafeText.text("x").getMentionedRoles().isEmpty());
  }

  @Test
  @DisplayName("Custom ids round-trip, say whose they are, and carry the escalation id after a restart")
  void customIds() {
    // GIVEN a staff id read back after a restart; THEN it names its escalation, for any staff member
    CustomId claim = CustomId.parse("esc:claim:42").orElseThrow();
    assertEquals(Optional.of(42L), claim.escalationId());
    assertTrue(claim.ownedBy("anyone"));
    // GIVEN a client's button id; THEN it round-trips and belongs to its asker only
    CustomId no = CustomId.answer("no", "pain", "7");
    assertEquals(no, CustomId.parse(no.toString()).orElseThrow());
    assertFalse(no.ownedBy("8"));
    assertEquals(Optional.empty(), CustomId.parse("something else"));
  }
}
