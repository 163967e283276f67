package io.taskguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainExceptionTest {

  static Stream<Arguments> everyFailure() {
    return Stream.of(
        Arguments.of(
            new DomainException.InvalidInput("TITLE_EMPTY", "Title cannot be empty or whitespace"),
            "TITLE_EMPTY",
            "Title cannot be empty or whitespace"),
        Arguments.of(
            new DomainException.WeakPassword("PASSWORD_TOO_SHORT", "Password too short"),
            "PASSWORD_TOO_SHORT",
            "Password too short"),
        Arguments.of(
            new DomainException.EmailTaken(),
            "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
            "User already exists. Use another email."),
        Arguments.of(
            new DomainException.InvalidCredentials(),
            "INVALID_EMAIL_OR_PASSWORD",
            "Invalid email or password"),
        Arguments.of(new DomainException.NotAuthenticated(), "UNAUTHORIZED", "Unauthorized"),
        Arguments.of(new DomainException.NotOwner(), "ACCESS_DENIED", "Access denied"),
        Arguments.of(new DomainException.TaskNotFound(), "TASK_NOT_FOUND", "Task not found"),
        Arguments.of(
            new DomainException.SessionNotFound(), "SESSION_NOT_FOUND", "Session not found"),
        Arguments.of(new DomainException.UserNotFound(), "USER_NOT_FOUND", "User not found"),
        Arguments.of(
            new DomainException.SigningKeyNotFound(), "KEY_NOT_FOUND", "Signing key not found"),
        Arguments.of(
            new DomainException.StaleVersion(),
            "PRECONDITION_FAILED",
            "Task was changed by another request"),
        Arguments.of(
            new DomainException.Throttled(Duration.ofSeconds(30)),
            "TOO_MANY_REQUESTS",
            "Too many requests. Try again later."));
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void hasItsStableCodeAndMessage(DomainException failure, String code, String message) {
    assertEquals(code, failure.code());
    assertEquals(message, failure.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void carriesNoStackTraceCauseOrSuppressedExceptions(
      DomainException failure, String code, String message) {
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
        Arrays.stream(DomainException.class.getPermittedSubclasses()).collect(Collectors.toSet());

    assertTrue(DomainException.class.isSealed());
    assertEquals(permitted, covered);
  }

  @Test
  void throttledTellsWhenToTryAgain() {
    assertEquals(
        Duration.ofSeconds(90), new DomainException.Throttled(Duration.ofSeconds(90)).retryAfter());
  }

  @Test
  void theCodeOfAnInvalidInputIsTheRuleItBreaks() {
    DomainException.InvalidInput input = new DomainException.InvalidInput("INVALID_EMAIL", "bad");

    assertEquals("INVALID_EMAIL", input.code());
    assertEquals("bad", input.getMessage());
  }
}
