package io.taskguard.domain.user;

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

class IdentityFailureTest {

  static Stream<Arguments> everyFailure() {
    return Stream.of(
        Arguments.of(
            new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.USER_NOT_NAMED),
            "user not named"),
        Arguments.of(
            new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_SHORT),
            "password too short"),
        Arguments.of(new IdentityFailure.EmailTaken(), "email already taken"),
        Arguments.of(new IdentityFailure.InvalidCredentials(), "invalid credentials"),
        Arguments.of(new IdentityFailure.NotAuthenticated(), "not authenticated"),
        Arguments.of(new IdentityFailure.SessionNotFound(), "session not found"),
        Arguments.of(new IdentityFailure.UserNotFound(), "user not found"),
        Arguments.of(new IdentityFailure.SigningKeyNotFound(), "signing key not found"),
        Arguments.of(new IdentityFailure.WrongPassword(), "wrong password"),
        Arguments.of(
            new IdentityFailure.InvalidToken(TokenPurpose.RESET_PASSWORD),
            "invalid reset password token"),
        Arguments.of(new IdentityFailure.TokenExpired(), "token expired"),
        Arguments.of(new IdentityFailure.EmailUnchanged(), "email unchanged"),
        Arguments.of(new IdentityFailure.EmailAlreadyVerified(), "email already verified"),
        Arguments.of(new IdentityFailure.EmailMismatch(), "email mismatch"),
        Arguments.of(new IdentityFailure.EmailNotVerified(), "email not verified"),
        Arguments.of(new IdentityFailure.SessionNotFresh(), "session not fresh"),
        Arguments.of(new IdentityFailure.InvalidCode(), "invalid one-time code"),
        Arguments.of(new IdentityFailure.InvalidBackupCode(), "invalid backup code"),
        Arguments.of(new IdentityFailure.NoChallenge(), "no second-factor challenge"),
        Arguments.of(new IdentityFailure.ChallengeExhausted(), "second-factor challenge exhausted"),
        Arguments.of(new IdentityFailure.CodeExpired(), "mailed code expired"),
        Arguments.of(new IdentityFailure.TwoFactorNotEnabled(), "two-factor not enabled"),
        Arguments.of(new IdentityFailure.TrustedDeviceNotFound(), "trusted device not found"),
        Arguments.of(new IdentityFailure.PasskeyRefused(true), "passkey registration refused"),
        Arguments.of(new IdentityFailure.PasskeyRefused(false), "passkey authentication refused"),
        Arguments.of(new IdentityFailure.PasskeyCounterWentBack(), "passkey sign count went back"),
        Arguments.of(new IdentityFailure.PasskeyChallengeNotFound(), "passkey challenge not found"),
        Arguments.of(new IdentityFailure.PasskeyNotFound(), "passkey not found"),
        Arguments.of(new IdentityFailure.Throttled(Duration.ofSeconds(30)), "throttled"));
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void saysWhatWentWrongInTheDomainsWordsForTheLogs(IdentityFailure failure, String message) {
    assertEquals(message, failure.getMessage());
  }

  @ParameterizedTest
  @MethodSource("everyFailure")
  void carriesNoStackTraceCauseOrSuppressedExceptions(IdentityFailure failure, String message) {
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
        Arrays.stream(IdentityFailure.class.getPermittedSubclasses()).collect(Collectors.toSet());

    assertTrue(IdentityFailure.class.isSealed());
    assertEquals(permitted, covered);
  }

  @Test
  void throttledTellsWhenToTryAgain() {
    assertEquals(
        Duration.ofSeconds(90), new IdentityFailure.Throttled(Duration.ofSeconds(90)).retryAfter());
  }

  @Test
  void anInvalidInputNamesTheRuleItBreaksAndAWeakPasswordItsRule() {
    assertEquals(
        IdentityFailure.InvalidInput.Rule.EMAIL_MALFORMED,
        new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.EMAIL_MALFORMED).rule());
    assertEquals(
        IdentityFailure.WeakPassword.Rule.TOO_COMMON,
        new IdentityFailure.WeakPassword(IdentityFailure.WeakPassword.Rule.TOO_COMMON).rule());
  }
}
