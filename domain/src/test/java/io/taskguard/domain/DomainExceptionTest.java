package io.taskguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.TokenPurpose;
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
            new DomainException.InvalidInput(DomainException.InvalidInput.Rule.TITLE_EMPTY),
            "title empty"),
        Arguments.of(
            new DomainException.WeakPassword(DomainException.WeakPassword.Rule.TOO_SHORT),
            "password too short"),
        Arguments.of(new DomainException.EmailTaken(), "email already taken"),
        Arguments.of(new DomainException.InvalidCredentials(), "invalid credentials"),
        Arguments.of(new DomainException.NotAuthenticated(), "not authenticated"),
        Arguments.of(new DomainException.NotOwner(), "not the owner"),
        Arguments.of(new DomainException.TaskNotFound(), "task not found"),
        Arguments.of(new DomainException.SessionNotFound(), "session not found"),
        Arguments.of(new DomainException.UserNotFound(), "user not found"),
        Arguments.of(new DomainException.SigningKeyNotFound(), "signing key not found"),
        Arguments.of(new DomainException.StaleVersion(), "stale version"),
        Arguments.of(new DomainException.WrongPassword(), "wrong password"),
        Arguments.of(
            new DomainException.InvalidToken(TokenPurpose.RESET_PASSWORD),
            "invalid reset password token"),
        Arguments.of(new DomainException.TokenExpired(), "token expired"),
        Arguments.of(new DomainException.EmailUnchanged(), "email unchanged"),
        Arguments.of(new DomainException.EmailAlreadyVerified(), "email already verified"),
        Arguments.of(new DomainException.EmailMismatch(), "email mismatch"),
        Arguments.of(new DomainException.EmailNotVerified(), "email not verified"),
        Arguments.of(new DomainException.SessionNotFresh(), "session not fresh"),
        Arguments.of(new DomainException.Throttled(Duration.ofSeconds(30)), "throttled"));
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void saysWhatWentWrongInTheDomainsWordsForTheLogs(DomainException failure, String message) {
    assertEquals(message, failure.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void carriesNoStackTraceCauseOrSuppressedExceptions(DomainException failure, String message) {
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
  void anInvalidInputNamesTheRuleItBreaksAndAWeakPasswordItsRule() {
    assertEquals(
        DomainException.InvalidInput.Rule.EMAIL_MALFORMED,
        new DomainException.InvalidInput(DomainException.InvalidInput.Rule.EMAIL_MALFORMED).rule());
    assertEquals(
        DomainException.WeakPassword.Rule.TOO_COMMON,
        new DomainException.WeakPassword(DomainException.WeakPassword.Rule.TOO_COMMON).rule());
  }
}
