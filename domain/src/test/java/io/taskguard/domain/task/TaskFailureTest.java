package io.taskguard.domain.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TaskFailureTest {

  static Stream<Arguments> everyFailure() {
    return Stream.of(
        Arguments.of(
            new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.TITLE_EMPTY), "title empty"),
        Arguments.of(new TaskFailure.NotAuthenticated(), "not authenticated"),
        Arguments.of(new TaskFailure.NotOwner(), "not the owner"),
        Arguments.of(new TaskFailure.TaskNotFound(), "task not found"),
        Arguments.of(new TaskFailure.StaleVersion(), "stale version"));
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void saysWhatWentWrongInTheDomainsWordsForTheLogs(TaskFailure failure, String message) {
    assertEquals(message, failure.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void carriesNoStackTraceCauseOrSuppressedExceptions(TaskFailure failure, String message) {
    failure.addSuppressed(new IllegalStateException("ignored"));

    assertEquals(0, failure.getStackTrace().length);
    assertNull(failure.getCause());
    assertEquals(0, failure.getSuppressed().length);
    assertTrue(failure instanceof RuntimeException);
  }

  @Test
  void theTestAboveCoversEveryPermittedSubclass() {
    Set<Class<?>> covered =
        everyFailure().map(arguments -> arguments.get()[0].getClass()).collect(Collectors.toSet());
    Set<Class<?>> permitted =
        Arrays.stream(TaskFailure.class.getPermittedSubclasses()).collect(Collectors.toSet());

    assertTrue(TaskFailure.class.isSealed());
    assertEquals(permitted, covered);
  }

  @Test
  void anInvalidInputNamesTheRuleItBreaks() {
    assertEquals(
        TaskFailure.InvalidInput.Rule.SEARCH_INVALID,
        new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.SEARCH_INVALID).rule());
  }
}
