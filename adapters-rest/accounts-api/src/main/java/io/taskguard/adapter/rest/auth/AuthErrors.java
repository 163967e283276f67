package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.TokenPurpose;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts API's error dialect, Better Auth's: {@code {"message", "code"}}, with the codes and
 * messages Better Auth's clients know where one exists (the wire contract, auth-api.yaml), and
 * stable codes of taskguard's own otherwise. The operator commands speak it too. Every identity
 * failure ({@link IdentityFailure}, the only domain failures the accounts and operator use cases
 * raise) has its status, code and message here, and nowhere else.
 */
public final class AuthErrors implements ErrorDialect {

  /** The one instance. */
  public static final AuthErrors DIALECT = new AuthErrors();

  /** What one failure looks like on this API's wire. */
  record Wire(int status, String code, String message) {}

  private AuthErrors() {}

  @Override
  public Map<String, String> body(String message, String code) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("code", code);
    return body;
  }

  /**
   * The status, code and message of {@code failure} on the accounts API: one explicit answer per
   * case of the identity context, and none for a case added without one.
   *
   * @throws IllegalStateException for a kind of identity failure this API has no answer for
   */
  static Wire of(IdentityFailure failure) {
    if (failure instanceof IdentityFailure.InvalidInput invalid) {
      return invalid(invalid.rule());
    } else if (failure instanceof IdentityFailure.WeakPassword weak) {
      return weakPassword(weak.rule());
    } else if (failure instanceof IdentityFailure.EmailTaken) {
      return new Wire(
          422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", "User already exists. Use another email.");
    } else if (failure instanceof IdentityFailure.InvalidCredentials) {
      return new Wire(401, "INVALID_EMAIL_OR_PASSWORD", "Invalid email or password");
    } else if (failure instanceof IdentityFailure.NotAuthenticated) {
      return new Wire(401, "UNAUTHORIZED", "Unauthorized");
    } else if (failure instanceof IdentityFailure.SessionNotFound) {
      return new Wire(404, "SESSION_NOT_FOUND", "Session not found");
    } else if (failure instanceof IdentityFailure.UserNotFound) {
      return new Wire(404, "USER_NOT_FOUND", "User not found");
    } else if (failure instanceof IdentityFailure.SigningKeyNotFound) {
      return new Wire(404, "KEY_NOT_FOUND", "Signing key not found");
    } else if (failure instanceof IdentityFailure.WrongPassword) {
      return new Wire(400, "INVALID_PASSWORD", "Invalid password");
    } else if (failure instanceof IdentityFailure.InvalidToken invalid) {
      int status = invalid.purpose() == TokenPurpose.RESET_PASSWORD ? 400 : 401;
      return new Wire(status, "INVALID_TOKEN", "Invalid token");
    } else if (failure instanceof IdentityFailure.TokenExpired) {
      return new Wire(401, "TOKEN_EXPIRED", "Token expired");
    } else if (failure instanceof IdentityFailure.EmailUnchanged) {
      return new Wire(400, "EMAIL_IS_THE_SAME", "Email is the same");
    } else if (failure instanceof IdentityFailure.EmailAlreadyVerified) {
      return new Wire(400, "EMAIL_ALREADY_VERIFIED", "Email is already verified");
    } else if (failure instanceof IdentityFailure.EmailMismatch) {
      return new Wire(400, "EMAIL_MISMATCH", "Email mismatch");
    } else if (failure instanceof IdentityFailure.EmailNotVerified) {
      return new Wire(403, "EMAIL_NOT_VERIFIED", "Email not verified");
    } else if (failure instanceof IdentityFailure.SessionNotFresh) {
      return new Wire(
          400, "SESSION_EXPIRED", "Session expired. Re-authenticate to perform this action.");
    } else if (failure instanceof IdentityFailure.InvalidCode) {
      return new Wire(401, "INVALID_CODE", "Invalid code");
    } else if (failure instanceof IdentityFailure.InvalidBackupCode) {
      return new Wire(401, "INVALID_BACKUP_CODE", "Invalid backup code");
    } else if (failure instanceof IdentityFailure.NoChallenge) {
      return new Wire(401, "INVALID_TWO_FACTOR_COOKIE", "Invalid two factor cookie");
    } else if (failure instanceof IdentityFailure.ChallengeExhausted) {
      return new Wire(
          400,
          "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE",
          "Too many attempts. Please request a new code.");
    } else if (failure instanceof IdentityFailure.CodeExpired) {
      return new Wire(400, "OTP_HAS_EXPIRED", "OTP has expired");
    } else if (failure instanceof IdentityFailure.TwoFactorNotEnabled) {
      return new Wire(400, "TWO_FACTOR_NOT_ENABLED", "Two factor isn't enabled");
    } else if (failure instanceof IdentityFailure.TrustedDeviceNotFound) {
      return new Wire(404, "TRUSTED_DEVICE_NOT_FOUND", "Trusted device not found");
    } else if (failure instanceof IdentityFailure.PasskeyRefused refused) {
      return refused.registration()
          ? new Wire(400, "FAILED_TO_VERIFY_REGISTRATION", "Failed to verify registration")
          : new Wire(401, "AUTHENTICATION_FAILED", "Authentication failed");
    } else if (failure instanceof IdentityFailure.PasskeyCounterWentBack) {
      return new Wire(401, "AUTHENTICATION_FAILED", "Authentication failed");
    } else if (failure instanceof IdentityFailure.PasskeyChallengeNotFound) {
      return new Wire(400, "CHALLENGE_NOT_FOUND", "Challenge not found");
    } else if (failure instanceof IdentityFailure.PasskeyNotFound) {
      return new Wire(404, "PASSKEY_NOT_FOUND", "Passkey not found");
    } else if (failure instanceof IdentityFailure.Throttled) {
      return new Wire(429, "TOO_MANY_REQUESTS", "Too many requests. Try again later.");
    }
    throw new IllegalStateException("no accounts API answer for " + failure.getClass().getName());
  }

  private static Wire invalid(IdentityFailure.InvalidInput.Rule rule) {
    return switch (rule) {
      case EMAIL_MALFORMED -> new Wire(400, "INVALID_EMAIL", "Invalid email");
      case USER_ID_MALFORMED -> new Wire(400, "INVALID_USER_ID", "Invalid user id");
      case SIGN_UP_INCOMPLETE -> validation("email, password and name are required");
      case SIGN_IN_INCOMPLETE -> validation("email and password are required");
      case NAME_TOO_LONG -> validation("Name is too long");
      case NAME_OR_IMAGE_NOT_STORABLE ->
          validation("Name and image must not contain U+0000 or unpaired surrogates");
      case NAME_HAS_BIDI_CONTROLS ->
          validation("Name must not contain bidirectional control characters");
      case NAME_INVISIBLE -> validation("Name must contain a visible character");
      case PASSWORD_NOT_STORABLE ->
          validation("Password must not contain unpaired surrogates or U+0000");
      case IMAGE_TOO_LONG -> validation("Image URL is too long");
      case USER_NOT_NAMED -> validation("A user id or email is required");
      case CODE_MISSING -> validation("Field 'code' is required");
      case ISSUER_INVALID ->
          validation("The issuer must be at most 64 characters, without colons or controls");
      case PASSWORD_MISSING -> validation("Field 'password' is required");
      case PASSKEY_NAME_INVALID ->
          validation("A passkey name must be 1 to 100 characters, without control characters");
    };
  }

  private static Wire weakPassword(IdentityFailure.WeakPassword.Rule rule) {
    return switch (rule) {
      case TOO_SHORT -> new Wire(400, "PASSWORD_TOO_SHORT", "Password too short");
      case TOO_LONG -> new Wire(400, "PASSWORD_TOO_LONG", "Password too long");
      case EQUALS_EMAIL ->
          new Wire(400, "PASSWORD_EQUALS_EMAIL", "Password must not be the same as the email");
      case TOO_COMMON ->
          new Wire(
              400, "PASSWORD_TOO_COMMON", "Password is too common. Choose a less guessable one.");
      case TOO_GUESSABLE ->
          new Wire(
              400,
              "PASSWORD_TOO_WEAK",
              "Password is too easy to guess. Add words or characters that follow no pattern.");
    };
  }

  private static Wire validation(String message) {
    return new Wire(400, "VALIDATION_ERROR", message);
  }
}
