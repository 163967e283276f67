package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskIdsTest {

  @Test
  void readsSixtyFourBitIntegersIncludingOnesNoTaskCanHave() {
    assertEquals(42, TaskIds.parse("42"));
    assertEquals(7, TaskIds.parse("007"));
    assertEquals(0, TaskIds.parse("0"));
    assertEquals(-5, TaskIds.parse("-5"));
    assertEquals(Long.MAX_VALUE, TaskIds.parse("9223372036854775807"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1.5",
        "1e3",
        "",
        " 1",
        "0x10",
        "9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999999999999999999999999",
        "١٢"
      })
  void refusesWhatIsNotASixtyFourBitInteger(String raw) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> TaskIds.parse(raw));

    assertEquals("Invalid task id: expected an integer", refused.getMessage());
  }
}
