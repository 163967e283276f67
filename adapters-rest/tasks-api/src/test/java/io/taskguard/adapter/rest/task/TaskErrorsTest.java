package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.DomainException.InvalidInput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The task API's wire form of domain failures: the old service's statuses and details. */
class TaskErrorsTest {

  @Test
  void theTaskRulesReadAsTheOldServiceWroteThem() {
    assertEquals(
        new TaskErrors.Wire(400, "Title cannot be empty or whitespace"),
        TaskErrors.of(new InvalidInput(InvalidInput.Rule.TITLE_EMPTY)));
    assertEquals(
        new TaskErrors.Wire(400, "Title must be at most 500 characters"),
        TaskErrors.of(new InvalidInput(InvalidInput.Rule.TITLE_TOO_LONG)));
    assertEquals(
        new TaskErrors.Wire(400, "Description must be at most 5000 characters"),
        TaskErrors.of(new InvalidInput(InvalidInput.Rule.DESCRIPTION_TOO_LONG)));
    assertEquals(
        new TaskErrors.Wire(400, "Page size must be from 1 to 100"),
        TaskErrors.of(new InvalidInput(InvalidInput.Rule.PAGE_SIZE_OUT_OF_RANGE)));
    assertEquals(
        new TaskErrors.Wire(400, "Search must be at most 200 characters, without U+0000"),
        TaskErrors.of(new InvalidInput(InvalidInput.Rule.SEARCH_INVALID)));
  }

  @Test
  void refusalsAndMissingTasksHaveTheirStatuses() {
    assertEquals(
        new TaskErrors.Wire(401, "Not authenticated"),
        TaskErrors.of(new DomainException.NotAuthenticated()));
    assertEquals(
        new TaskErrors.Wire(403, "Access denied"), TaskErrors.of(new DomainException.NotOwner()));
    assertEquals(
        new TaskErrors.Wire(404, "Task not found"),
        TaskErrors.of(new DomainException.TaskNotFound()));
    assertEquals(
        new TaskErrors.Wire(412, "Task was changed by another request"),
        TaskErrors.of(new DomainException.StaleVersion()));
  }

  @ParameterizedTest
  @EnumSource(InvalidInput.Rule.class)
  void everyInputRuleIsA400(InvalidInput.Rule rule) {
    assertEquals(400, TaskErrors.of(new InvalidInput(rule)).status());
  }

  @Test
  void theBodyIsTheDetailAlone() {
    assertEquals(
        Map.of("detail", "Task not found"), TaskErrors.DIALECT.body("Task not found", "X"));
  }
}
