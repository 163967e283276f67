package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagsTest {

  private static ExpectedVersion ifMatch(String... lines) {
    return EntityTags.ifMatch(List.of(lines), 42);
  }

  @Test
  void tagsATaskWithItsIdAndVersion() {
    Instant at = Instant.parse("2026-11-24T10:14:08Z");
    Task task = new Task(new TaskId(42), UserId.random(), new Title("t"), null, false, 3, at, at);

    assertEquals("\"42-3\"", EntityTags.of(task));
  }

  @Test
  void withoutTheHeaderOrWithAStarAnyVersionIsAdmitted() {
    assertTrue(EntityTags.ifMatch(null, 42).admits(17));
    assertTrue(EntityTags.ifMatch(List.of(), 42).admits(17));
    assertTrue(ifMatch(" * ").admits(17));
  }

  @Test
  void admitsExactlyTheListedVersionsOfThisTask() {
    ExpectedVersion one = ifMatch("\"42-3\"");
    ExpectedVersion several = ifMatch("\"42-1\" ,\t\"42-3\"", "\"42-5\"");

    assertTrue(one.admits(3));
    assertFalse(one.admits(4));
    assertTrue(several.admits(1));
    assertTrue(several.admits(3));
    assertTrue(several.admits(5));
    assertFalse(several.admits(2));
  }

  @Test
  void weakTagsOtherTasksTagsAndForeignTagsMatchNothing() {
    for (String header :
        List.of(
            "W/\"42-3\"",
            "\"7-3\"",
            "\"420-3\"",
            "\"abc\"",
            "\"\"",
            "\"42-3-1\"",
            "\"42-99999999999999999999\"")) {
      ExpectedVersion expected = ifMatch(header);
      for (long version = 0; version < 5; version++) {
        assertFalse(expected.admits(version), header);
      }
    }
    assertTrue(ifMatch("W/\"42-1\", \"42-2\"").admits(2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"42-3", "\"42-3", "\"42-3\" x", "", " ", ",", "*, \"42-3\"", "w/\"42-3\""})
  void refusesWhatIsNotAListOfEntityTags(String header) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> ifMatch(header));

    assertEquals("Invalid If-Match header", refused.getMessage());
  }
}
