package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.ErrorDialect;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.TokenPurpose;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts API's error dialect, Better Auth's: {@code {"message", "code"}}, with the codes and
 * messages Better Auth's clients know where one exists (the wire contract, auth-api.yaml), and
 * stable codes of taskguard's own otherwise. The operator commands speak it too. Every domain
 * failure has its status, code and message here, and nowhere else.
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

  /** The status, code and message of {@code failure} on the accounts API. */
  static Wire of(DomainException failure) {
    if (failure instanceof DomainException.InvalidInput invalid) {
      return invalid(invalid.rule());
    }
    if (failure instanceof DomainException.WeakPassword weak) {
      return weakPassword(weak.rule());
    }
    if (failure instanceof DomainException.EmailTaken) {
      return new Wire(
          422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL", "User already exists. Use another email.");
    }
    if (failure instanceof DomainException.InvalidCredentials) {
      return new Wire(401, "INVALID_EMAIL_OR_PASSWORD", "Invalid email or password");
    }
    if (failure instanceof DomainException.NotAuthenticated) {
      return new Wire(401, "UNAUTHORIZED", "Unauthorized");
    }
    if (failure instanceof DomainException.NotOwner) {
      return new Wire(403, "ACCESS_DENIED", "Access denied");
    }
    if (failure instanceof DomainException.TaskNotFound) {
      return new Wire(404, "TASK_NOT_FOUND", "Task not found");
    }
    if (failure instanceof DomainException.SessionNotFound) {
      return new Wire(404, "SESSION_NOT_FOUND", "Session not found");
    }
    if (failure instanceof DomainException.UserNotFound) {
      return new Wire(404, "USER_NOT_FOUND", "User not found");
    }
    if (failure instanceof DomainException.SigningKeyNotFound) {
      return new Wire(404, "KEY_NOT_FOUND", "Signing key not found");
    }
    if (failure instanceof DomainException.StaleVersion) {
      return new Wire(412, "PRECONDITION_FAILED", "Task was changed by another request");
    }
    if (failure instanceof DomainException.WrongPassword) {
      return new Wire(400, "INVALID_PASSWORD", "Invalid password");
    }
    if (failure instanceof DomainException.InvalidToken invalid) {
      int status = invalid.purpose() == TokenPurpose.RESET_PASSWORD ? 400 : 401;
      return new Wire(status, "INVALID_TOKEN", "Invalid token");
    }
    if (failure instanceof DomainException.TokenExpired) {
      return new Wire(401, "TOKEN_EXPIRED", "Token expired");
    }
    if (failure instanceof DomainException.EmailUnchanged) {
      return new Wire(400, "EMAIL_IS_THE_SAME", "Email is the same");
    }
    if (failure instanceof DomainException.EmailAlreadyVerified) {
      return new Wire(400, "EMAIL_ALREADY_VERIFIED", "Email is already verified");
    }
    if (failure instanceof DomainException.EmailMismatch) {
      return new Wire(400, "EMAIL_MISMATCH", "Email mismatch");
    }
    if (failure instanceof DomainException.EmailNotVerified) {
      return new Wire(403, "EMAIL_NOT_VERIFIED", "Email not verified");
    }
    if (failure instanceof DomainException.SessionNotFresh) {
      return new Wire(
          400, "SESSION_EXPIRED", "Session expired. Re-authenticate to perform this action.");
    }
    if (failure instanceof DomainException.Throttled) {
      return new Wire(429, "TOO_MANY_REQUESTS", "Too many requests. Try again later.");
    }
    throw new IllegalArgumentException("no wire form for " + failure.getClass().getName());
  }

  private static Wire invalid(DomainException.InvalidInput.Rule rule) {
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
      case PASSWORD_NOT_STORABLE ->
          validation("Password must not contain unpaired surrogates or U+0000");
      case IMAGE_TOO_LONG -> validation("Image URL is too long");
      case USER_NOT_NAMED -> validation("A user id or email is required");
      case TITLE_EMPTY,
          TITLE_TOO_LONG,
          DESCRIPTION_TOO_LONG,
          PAGE_SIZE_OUT_OF_RANGE,
          SEARCH_INVALID ->
          validation("Invalid input");
    };
  }

  private static Wire weakPassword(DomainException.WeakPassword.Rule rule) {
    return switch (rule) {
      case TOO_SHORT -> new Wire(400, "PASSWORD_TOO_SHORT", "Password too short");
      case TOO_LONG -> new Wire(400, "PASSWORD_TOO_LONG", "Password too long");
      case EQUALS_EMAIL ->
          new Wire(400, "PASSWORD_EQUALS_EMAIL", "Password must not be the same as the email");
      case TOO_COMMON ->
          new Wire(
              400, "PASSWORD_TOO_COMMON", "Password is too common. Choose a less guessable one.");
    };
  }

  private static Wire validation(String message) {
    return new Wire(400, "VALIDATION_ERROR", message);
  }
}
