package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskResponseTest {

  private final UserId owner = new UserId("0f8d5b0e-7f3a-4c1e-9a57-2b1f6c8e4d21");

  @Test
  void carriesEveryFieldOfTheContractsTask() {
    Task task =
        new Task(
            new TaskId(42),
            owner,
            new Title("Buy milk"),
            new Description("Two litres"),
            true,
            3,
            Instant.parse("2026-11-24T10:14:08.911123Z"),
            Instant.parse("2026-11-24T10:15:00Z"),
            new DueDate(LocalDate.of(2026, 12, 1)));

    assertEquals(
        new TaskResponse(
            42,
            "0f8d5b0e-7f3a-4c1e-9a57-2b1f6c8e4d21",
            "Buy milk",
            "Two litres",
            true,
            "2026-11-24T10:14:08.911123Z",
            "2026-11-24T10:15:00.000000Z",
            "2026-12-01"),
        TaskResponse.of(task));
  }

  @Test
  void noDescriptionIsNull() {
    Instant at = Instant.parse("2026-01-01T00:00:00.5Z");
    Task task = new Task(new TaskId(1), owner, new Title("t"), null, false, 0, at, at);

    TaskResponse response = TaskResponse.all(List.of(task)).get(0);

    assertNull(response.description());
    assertEquals("2026-01-01T00:00:00.500000Z", response.createdAt());
  }

  @Test
  void timestampsAreUtcAtMicrosecondsWhateverTheInstantHolds() {
    assertEquals(
        "2026-11-24T10:14:08.911123Z",
        TaskResponse.timestamp(Instant.parse("2026-11-24T10:14:08.911123999Z")));
    assertEquals(
        "1999-12-31T23:59:59.000001Z",
        TaskResponse.timestamp(Instant.parse("1999-12-31T23:59:59.000001Z")));
  }
}
