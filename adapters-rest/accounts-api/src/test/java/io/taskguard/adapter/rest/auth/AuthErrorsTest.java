package io.taskguard.adapter.rest.auth;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.testsupport.FailureCases;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accounts API's wire form of every identity failure: Better Auth's statuses, codes, messages.
 * Every case is made from the sealed hierarchy itself ({@link FailureCases}), so a case added to
 * {@link IdentityFailure} fails here until {@link AuthErrors#of} and the table below answer it.
 */
class AuthErrorsTest {

  /** Each case's answer, by case name; a change here is a change of the wire contract. */
  private static final Map<String, AuthErrors.Wire> ANSWERS =
      Map.ofEntries(
          answer("InvalidInput(EMAIL_MALFORMED)", 400, "INVALID_EMAIL", "Invalid email"),
          answer("InvalidInput(USER_ID_MALFORMED)", 400, "INVALID_USER_ID", "Invalid user id"),
          answer(
              "InvalidInput(SIGN_UP_INCOMPLETE)",
              400,
              "VALIDATION_ERROR",
              "email, password and name are required"),
          answer(
              "InvalidInput(SIGN_IN_INCOMPLETE)",
              400,
              "VALIDATION_ERROR",
              "email and password are required"),
          answer("InvalidInput(NAME_TOO_LONG)", 400, "VALIDATION_ERROR", "Name is too long"),
          answer(
              "InvalidInput(NAME_OR_IMAGE_NOT_STORABLE)",
              400,
              "VALIDATION_ERROR",
              "Name and image must not contain U+0000 or unpaired surrogates"),
          answer(
              "InvalidInput(NAME_HAS_BIDI_CONTROLS)",
              400,
              "VALIDATION_ERROR",
              "Name must not contain bidirectional control characters"),
          answer(
              "InvalidInput(NAME_INVISIBLE)",
              400,
              "VALIDATION_ERROR",
              "Name must contain a visible character"),
          answer(
              "InvalidInput(PASSWORD_NOT_STORABLE)",
              400,
              "VALIDATION_ERROR",
              "Password must not contain unpaired surrogates or U+0000"),
          answer("InvalidInput(IMAGE_TOO_LONG)", 400, "VALIDATION_ERROR", "Image URL is too long"),
          answer(
              "InvalidInput(USER_NOT_NAMED)",
              400,
              "VALIDATION_ERROR",
              "A user id or email is required"),
          answer("InvalidInput(CODE_MISSING)", 400, "VALIDATION_ERROR", "Field 'code' is required"),
          answer(
              "InvalidInput(ISSUER_INVALID)",
              400,
              "VALIDATION_ERROR",
              "The issuer must be at most 64 characters, without colons or controls"),
          answer("WeakPassword(TOO_SHORT)", 400, "PASSWORD_TOO_SHORT", "Password too short"),
          answer("WeakPassword(TOO_LONG)", 400, "PASSWORD_TOO_LONG", "Password too long"),
          answer(
              "WeakPassword(EQUALS_EMAIL)",
              400,
              "PASSWORD_EQUALS_EMAIL",
              "Password must not be the same as the email"),
          answer(
              "WeakPassword(TOO_COMMON)",
              400,
              "PASSWORD_TOO_COMMON",
              "Password is too common. Choose a less guessable one."),
          answer(
              "WeakPassword(TOO_GUESSABLE)",
              400,
              "PASSWORD_TOO_WEAK",
              "Password is too easy to guess. Add words or characters that follow no pattern."),
          answer(
              "EmailTaken",
              422,
              "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL",
              "User already exists. Use another email."),
          answer(
              "InvalidCredentials", 401, "INVALID_EMAIL_OR_PASSWORD", "Invalid email or password"),
          answer("NotAuthenticated", 401, "UNAUTHORIZED", "Unauthorized"),
          answer("SessionNotFound", 404, "SESSION_NOT_FOUND", "Session not found"),
          answer("UserNotFound", 404, "USER_NOT_FOUND", "User not found"),
          answer("SigningKeyNotFound", 404, "KEY_NOT_FOUND", "Signing key not found"),
          answer("WrongPassword", 400, "INVALID_PASSWORD", "Invalid password"),
          answer("InvalidToken(RESET_PASSWORD)", 400, "INVALID_TOKEN", "Invalid token"),
          answer("InvalidToken(VERIFY_EMAIL)", 401, "INVALID_TOKEN", "Invalid token"),
          answer("InvalidToken(CHANGE_EMAIL)", 401, "INVALID_TOKEN", "Invalid token"),
          answer("TokenExpired", 401, "TOKEN_EXPIRED", "Token expired"),
          answer("EmailUnchanged", 400, "EMAIL_IS_THE_SAME", "Email is the same"),
          answer(
              "EmailAlreadyVerified", 400, "EMAIL_ALREADY_VERIFIED", "Email is already verified"),
          answer("EmailMismatch", 400, "EMAIL_MISMATCH", "Email mismatch"),
          answer("EmailNotVerified", 403, "EMAIL_NOT_VERIFIED", "Email not verified"),
          answer(
              "SessionNotFresh",
              400,
              "SESSION_EXPIRED",
              "Session expired. Re-authenticate to perform this action."),
          answer("InvalidCode", 401, "INVALID_CODE", "Invalid code"),
          answer("InvalidBackupCode", 401, "INVALID_BACKUP_CODE", "Invalid backup code"),
          answer("NoChallenge", 401, "INVALID_TWO_FACTOR_COOKIE", "Invalid two factor cookie"),
          answer(
              "ChallengeExhausted",
              400,
              "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE",
              "Too many attempts. Please request a new code."),
          answer("CodeExpired", 400, "OTP_HAS_EXPIRED", "OTP has expired"),
          answer("TwoFactorNotEnabled", 400, "TWO_FACTOR_NOT_ENABLED", "Two factor isn't enabled"),
          answer(
              "PasskeyRefused(true)",
              400,
              "FAILED_TO_VERIFY_REGISTRATION",
              "Failed to verify registration"),
          answer("PasskeyRefused(false)", 401, "AUTHENTICATION_FAILED", "Authentication failed"),
          answer("PasskeyCounterWentBack", 401, "AUTHENTICATION_FAILED", "Authentication failed"),
          answer("PasskeyChallengeNotFound", 400, "CHALLENGE_NOT_FOUND", "Challenge not found"),
          answer("PasskeyNotFound", 404, "PASSKEY_NOT_FOUND", "Passkey not found"),
          answer(
              "InvalidInput(PASSWORD_MISSING)",
              400,
              "VALIDATION_ERROR",
              "Field 'password' is required"),
          answer(
              "InvalidInput(PASSKEY_NAME_INVALID)",
              400,
              "VALIDATION_ERROR",
              "A passkey name must be 1 to 100 characters, without control characters"),
          answer(
              "TrustedDeviceNotFound", 404, "TRUSTED_DEVICE_NOT_FOUND", "Trusted device not found"),
          answer(
              "Throttled(PT30S)", 429, "TOO_MANY_REQUESTS", "Too many requests. Try again later."));

  static List<FailureCases.Case<IdentityFailure>> everyCase() {
    return FailureCases.of(IdentityFailure.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyCase")
  void answersEveryCaseExplicitlyWithBetterAuthsStatusCodeAndMessage(
      FailureCases.Case<IdentityFailure> failure) {
    AuthErrors.Wire wire =
        assertDoesNotThrow(() -> AuthErrors.of(failure.failure()), failure.name());

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
  void theBodyIsMessageThenCode() {
    assertEquals(
        List.of(Map.entry("message", "Invalid email"), Map.entry("code", "INVALID_EMAIL")),
        List.copyOf(AuthErrors.DIALECT.body("Invalid email", "INVALID_EMAIL").entrySet()));
  }

  private static Map.Entry<String, AuthErrors.Wire> answer(
      String name, int status, String code, String message) {
    return entry(name, new AuthErrors.Wire(status, code, message));
  }
}
