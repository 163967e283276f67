package io.taskguard.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskIdTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 42, Long.MAX_VALUE})
  void acceptsPositiveNumbers(long value) {
    TaskId id = new TaskId(value);

    assertEquals(value, id.value());
    assertEquals(Long.toString(value), id.toString());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, -42, Long.MIN_VALUE})
  void aNonPositiveNumberIsATaskThatIsNotFound(long value) {
    TaskFailure.TaskNotFound error =
        assertThrows(TaskFailure.TaskNotFound.class, () -> new TaskId(value));
  }
}
