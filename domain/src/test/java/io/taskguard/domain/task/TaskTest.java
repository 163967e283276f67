package io.taskguard.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskTest {

  private static final TaskId ID = new TaskId(7);
  private static final UserId OWNER = new UserId("owner-1");
  private static final Title TITLE = new Title("Buy milk");
  private static final Description ABOUT = Description.of("two litres");
  private static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
  private static final Instant UPDATED = Instant.parse("2026-03-02T08:00:00Z");

  private final Task task = new Task(ID, OWNER, TITLE, ABOUT, false, 3, CREATED, UPDATED);

  @Test
  void aChangeTakesTheNewFieldsAndTheNextVersion() {
    Instant now = Instant.parse("2026-03-05T12:30:00.123456Z");

    Task changed = task.changed(new Title("Buy oat milk"), null, true, now);

    assertEquals(ID, changed.id());
    assertEquals(OWNER, changed.owner());
    assertEquals("Buy oat milk", changed.title().value());
    assertNull(changed.description());
    assertTrue(changed.completed());
    assertEquals(4, changed.version());
    assertEquals(CREATED, changed.createdAt());
    assertEquals(now, changed.updatedAt());
  }

  @Test
  void aChangeLeavesTheOriginalAsItWas() {
    task.changed(new Title("other"), null, true, UPDATED.plusSeconds(60));

    assertEquals(new Task(ID, OWNER, TITLE, ABOUT, false, 3, CREATED, UPDATED), task);
  }

  @Test
  void everyChangeIsANewVersionEvenWithTheSameFields() {
    Task once = task.changed(TITLE, ABOUT, false, UPDATED.plusSeconds(1));
    Task twice = once.changed(TITLE, ABOUT, false, UPDATED.plusSeconds(2));

    assertEquals(4, once.version());
    assertEquals(5, twice.version());
    assertEquals(CREATED, twice.createdAt());
    assertEquals(UPDATED.plusSeconds(2), twice.updatedAt());
  }

  @Test
  void mayHaveNoDescriptionButNeedsEverythingElse() {
    assertNull(new Task(ID, OWNER, TITLE, null, false, 0, CREATED, CREATED).description());

    assertMissing("id", () -> new Task(null, OWNER, TITLE, ABOUT, false, 0, CREATED, UPDATED));
    assertMissing("owner", () -> new Task(ID, null, TITLE, ABOUT, false, 0, CREATED, UPDATED));
    assertMissing("title", () -> new Task(ID, OWNER, null, ABOUT, false, 0, CREATED, UPDATED));
    assertMissing("createdAt", () -> new Task(ID, OWNER, TITLE, ABOUT, false, 0, null, UPDATED));
    assertMissing("updatedAt", () -> new Task(ID, OWNER, TITLE, ABOUT, false, 0, CREATED, null));
  }

  private static void assertMissing(String field, Runnable construction) {
    NullPointerException error = assertThrows(NullPointerException.class, construction::run);
    assertEquals(field, error.getMessage());
  }
}
