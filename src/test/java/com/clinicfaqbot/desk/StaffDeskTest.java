package com.clinicfaqbot.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinicfaqbot.assistant.EscalationReason;
import com.clinicfaqbot.escalation.ClientRef;
import com.clinicfaqbot.escalation.Database;
import com.clinicfaqbot.escalation.EscalationStore;
import com.clinicfaqbot.escalation.NewEscalation;
import com.clinicfaqbot.escalation.Origin;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The staff desk")
final class StaffDeskTest {
  @TempDir Path folder;
  private Database database;
  private EscalationStore store;
  private StaffDesk desk;
  private long id;

  @BeforeEach
  void open() {
    database = Database.open(folder.resolve("clinic-faq.db"));
    store = new EscalationStore(database, Clock.systemUTC());
    desk = new StaffDesk(store);
    id = store.create(new NewEscalation(new ClientRef("discord", "1", "Dana"), Origin.directMessage("9", "8"),
        "how much is it", EscalationReason.BUSINESS, false, List.of())).id();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  @DisplayName("In the thread, the first staff message answers and later ones are passed on without replacing it")
  void firstAnswersLaterForwarded() {
    // WHEN Sam types twice in the escalation's thread
    StaffOutcome first = desk.answerOrForward(id, "Sam", "A session is $300.");
    StaffOutcome second = desk.answerOrForward(id, "Sam", "Packages of three are $800.");

    // THEN the first is the stored answer and the second is passed on as a further message
    assertEquals("A session is $300.",
        assertInstanceOf(StaffOutcome.Answered.class, first).escalation().answer().orElseThrow().text());
    assertEquals("Packages of three are $800.", assertInstanceOf(StaffOutcome.Forwarded.class, second).text());
    assertEquals("A session is $300.", store.get(id).answer().orElseThrow().text());
  }

  @Test
  @DisplayName("A second answer from the form is refused naming who answered; nothing is passed on once closed")
  void refusals() {
    // GIVEN Sam's answer
    desk.answer(id, "Sam", "A session is $300.");

    // WHEN Kim answers too, and, once it is closed, types another message
    StaffOutcome again = desk.answer(id, "Kim", "It's $250.");
    desk.close(id);
    StaffOutcome afterClose = desk.answerOrForward(id, "Kim", "Also: we have gift cards.");

    // THEN both are refused, saying why
    assertTrue(assertInstanceOf(StaffOutcome.Refused.class, again).reason().contains("answered by Sam"));
    assertTrue(assertInstanceOf(StaffOutcome.Refused.class, afterClose).reason().contains("closed"));
  }

  @Test
  @DisplayName("Escalations without a staff thread are listed until one is attached")
  void withoutStaffRef() {
    // GIVEN a new escalation; THEN it lacks a thread
    assertEquals(List.of(id), desk.withoutStaffRef().stream().map(e -> e.id()).toList());

    // WHEN its thread is attached; THEN it no longer lacks one, and the thread finds it
    desk.attachStaffRef(id, "123456789012345678");

    assertEquals(List.of(), desk.withoutStaffRef());
    assertEquals(id, desk.byStaffRef("123456789012345678").orElseThrow().id());
  }
}
