package io.taskguard.adapter.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.DomainException.InvalidInput;
import io.taskguard.domain.DomainException.WeakPassword;
import io.taskguard.domain.user.TokenPurpose;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accounts API's wire form of every domain failure: Better Auth's statuses, codes, messages.
 */
class AuthErrorsTest {

  static Stream<Arguments> everyFailure() {
    return Stream.of(
        Arguments.of(
            new InvalidInput(InvalidInput.Rule.EMAIL_MALFORMED),
            400,
            "INVALID_EMAIL",
            "Invalid email"),
        Arguments.of(
            new WeakPassword(WeakPassword.Rule.TOO_SHORT),
            400,
            "PASSWORD_TOO_SHORT",
            "Password too short"),
        Arguments.of(
            new DomainException.EmailTaken(),
            422,
            "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
            "User already exists. Use another email."),
        Arguments.of(
            new DomainException.InvalidCredentials(),
            401,
            "INVALID_EMAIL_OR_PASSWORD",
            "Invalid email or password"),
        Arguments.of(new DomainException.NotAuthenticated(), 401, "UNAUTHORIZED", "Unauthorized"),
        Arguments.of(new DomainException.NotOwner(), 403, "ACCESS_DENIED", "Access denied"),
        Arguments.of(new DomainException.TaskNotFound(), 404, "TASK_NOT_FOUND", "Task not found"),
        Arguments.of(
            new DomainException.SessionNotFound(), 404, "SESSION_NOT_FOUND", "Session not found"),
        Arguments.of(new DomainException.UserNotFound(), 404, "USER_NOT_FOUND", "User not found"),
        Arguments.of(
            new DomainException.SigningKeyNotFound(),
            404,
            "KEY_NOT_FOUND",
            "Signing key not found"),
        Arguments.of(
            new DomainException.StaleVersion(),
            412,
            "PRECONDITION_FAILED",
            "Task was changed by another request"),
        Arguments.of(
            new DomainException.WrongPassword(), 400, "INVALID_PASSWORD", "Invalid password"),
        Arguments.of(
            new DomainException.InvalidToken(TokenPurpose.RESET_PASSWORD),
            400,
            "INVALID_TOKEN",
            "Invalid token"),
        Arguments.of(
            new DomainException.InvalidToken(TokenPurpose.VERIFY_EMAIL),
            401,
            "INVALID_TOKEN",
            "Invalid token"),
        Arguments.of(
            new DomainException.InvalidToken(TokenPurpose.CHANGE_EMAIL),
            401,
            "INVALID_TOKEN",
            "Invalid token"),
        Arguments.of(new DomainException.TokenExpired(), 401, "TOKEN_EXPIRED", "Token expired"),
        Arguments.of(
            new DomainException.EmailUnchanged(), 400, "EMAIL_IS_THE_SAME", "Email is the same"),
        Arguments.of(
            new DomainException.EmailAlreadyVerified(),
            400,
            "EMAIL_ALREADY_VERIFIED",
            "Email is already verified"),
        Arguments.of(new DomainException.EmailMismatch(), 400, "EMAIL_MISMATCH", "Email mismatch"),
        Arguments.of(
            new DomainException.EmailNotVerified(),
            403,
            "EMAIL_NOT_VERIFIED",
            "Email not verified"),
        Arguments.of(
            new DomainException.SessionNotFresh(),
            400,
            "SESSION_EXPIRED",
            "Session expired. Re-authenticate to perform this action."),
        Arguments.of(
            new DomainException.Throttled(Duration.ofSeconds(30)),
            429,
            "TOO_MANY_REQUESTS",
            "Too many requests. Try again later."));
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void answersEachFailureWithBetterAuthsStatusCodeAndMessage(
      DomainException failure, int status, String code, String message) {
    assertEquals(new AuthErrors.Wire(status, code, message), AuthErrors.of(failure));
  }

  @Test
  void theTableAboveCoversEveryKindOfDomainFailure() {
    Set<Class<?>> covered =
        everyFailure().map(arguments -> arguments.get()[0].getClass()).collect(Collectors.toSet());
    assertEquals(
        Arrays.stream(DomainException.class.getPermittedSubclasses()).collect(Collectors.toSet()),
        covered);
  }

  @Test
  void eachPasswordRuleHasItsOwnCodeAndMessage() {
    assertEquals(
        List.of(
            new AuthErrors.Wire(400, "PASSWORD_TOO_SHORT", "Password too short"),
            new AuthErrors.Wire(400, "PASSWORD_TOO_LONG", "Password too long"),
            new AuthErrors.Wire(
                400, "PASSWORD_EQUALS_EMAIL", "Password must not be the same as the email"),
            new AuthErrors.Wire(
                400,
                "PASSWORD_TOO_COMMON",
                "Password is too common. Choose a less guessable one.")),
        Arrays.stream(WeakPassword.Rule.values())
            .map(rule -> AuthErrors.of(new WeakPassword(rule)))
            .toList());
  }

  @ParameterizedTest
  @EnumSource(InvalidInput.Rule.class)
  void everyInputRuleIsA400WithAMessage(InvalidInput.Rule rule) {
    AuthErrors.Wire wire = AuthErrors.of(new InvalidInput(rule));
    assertEquals(400, wire.status());
    assertEquals(false, wire.message().isBlank());
  }

  @Test
  void theBodyIsMessageThenCode() {
    assertEquals(
        List.of(Map.entry("message", "Invalid email"), Map.entry("code", "INVALID_EMAIL")),
        List.copyOf(AuthErrors.DIALECT.body("Invalid email", "INVALID_EMAIL").entrySet()));
  }
}
