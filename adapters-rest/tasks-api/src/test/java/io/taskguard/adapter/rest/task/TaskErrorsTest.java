package io.taskguard.adapter.rest.task;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.task.TaskFailure;
import io.taskguard.testsupport.FailureCases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The task API's wire form of every task failure: the old service's statuses and details. Every
 * case is made from the sealed hierarchy itself ({@link FailureCases}), so a case added to {@link
 * TaskFailure} fails here until {@link TaskErrors#of} and the table below answer it.
 */
class TaskErrorsTest {

  /** Each case's answer, by case name; a change here is a change of the wire contract. */
  private static final Map<String, TaskErrors.Wire> ANSWERS =
      Map.ofEntries(
          answer("InvalidInput(TITLE_EMPTY)", 400, "Title cannot be empty or whitespace"),
          answer("InvalidInput(TITLE_TOO_LONG)", 400, "Title must be at most 500 characters"),
          answer(
              "InvalidInput(DESCRIPTION_TOO_LONG)",
              400,
              "Description must be at most 5000 characters"),
          answer(
              "InvalidInput(DUE_DATE_OUT_OF_RANGE)",
              400,
              "Due date must be from 0001-01-01 to 9999-12-31"),
          answer("InvalidInput(PAGE_SIZE_OUT_OF_RANGE)", 400, "Page size must be from 1 to 100"),
          answer(
              "InvalidInput(SEARCH_INVALID)",
              400,
              "Search must be at most 200 characters, without U+0000"),
          answer("NotAuthenticated", 401, "Not authenticated"),
          answer("NotOwner", 403, "Access denied"),
          answer("TaskNotFound", 404, "Task not found"),
          answer("StaleVersion", 412, "Task was changed by another request"));

  static List<FailureCases.Case<TaskFailure>> everyCase() {
    return FailureCases.of(TaskFailure.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCase")
  void answersEveryCaseExplicitlyWithTheOldServicesStatusAndDetail(
      FailureCases.Case<TaskFailure> failure) {
    TaskErrors.Wire wire =
        assertDoesNotThrow(() -> TaskErrors.of(failure.failure()), failure.name());

    assertNotNull(wire, failure.name());
    assertTrue(ANSWERS.containsKey(failure.name()), "no row for " + failure.name());
    assertEquals(ANSWERS.get(failure.name()), wire, failure.name());
  }

  @Test
  void theTableHoldsEveryCaseAndNoOther() {
    Set<String> cases =
        everyCase().stream().map(FailureCases.Case::name).collect(Collectors.toSet());

    assertEquals(ANSWERS.keySet(), cases);
  }

  @Test
  void theBodyIsTheDetailAlone() {
    assertEquals(
        Map.of("detail", "Task not found"), TaskErrors.DIALECT.body("Task not found", "X"));
  }

  private static Map.Entry<String, TaskErrors.Wire> answer(String name, int status, String detail) {
    return entry(name, new TaskErrors.Wire(status, detail));
  }
}
