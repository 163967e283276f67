package io.taskguard.domain;

import java.time.Duration;

/**
 * Everything that can go wrong in taskguard's domain, in the domain's own words. The hierarchy is
 * sealed so that the REST adapter's single mapper must give every case a status and a body.
 */
public abstract sealed class DomainException extends RuntimeException {

  private DomainException(String message) {
    super(message, null, false, false);
  }

  /** A stable, machine-readable name of the failure (the wire contract's {@code code}). */
  public abstract String code();

  /** Input that breaks a rule of the domain; {@code code} says which rule. */
  public static final class InvalidInput extends DomainException {
    private final String code;

    public InvalidInput(String code, String message) {
      super(message);
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** A password that the password rules refuse; {@code code} says which rule. */
  public static final class WeakPassword extends DomainException {
    private final String code;

    public WeakPassword(String code, String message) {
      super(message);
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  /** Another account already uses this email. */
  public static final class EmailTaken extends DomainException {
    public EmailTaken() {
      super("User already exists. Use another email.");
    }

    @Override
    public String code() {
      return "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL";
    }
  }

  /** Sign-in refused; deliberately silent about whether the email or the password was wrong. */
  public static final class InvalidCredentials extends DomainException {
    public InvalidCredentials() {
      super("Invalid email or password");
    }

    @Override
    public String code() {
      return "INVALID_EMAIL_OR_PASSWORD";
    }
  }

  /** No live session or valid token backs the request. */
  public static final class NotAuthenticated extends DomainException {
    public NotAuthenticated() {
      super("Unauthorized");
    }

    @Override
    public String code() {
      return "UNAUTHORIZED";
    }
  }

  /** The caller acts on a collection that is not their own. */
  public static final class NotOwner extends DomainException {
    public NotOwner() {
      super("Access denied");
    }

    @Override
    public String code() {
      return "ACCESS_DENIED";
    }
  }

  /** No such task in the caller's own collection (whether or not it exists elsewhere). */
  public static final class TaskNotFound extends DomainException {
    public TaskNotFound() {
      super("Task not found");
    }

    @Override
    public String code() {
      return "TASK_NOT_FOUND";
    }
  }

  /** No such session among the caller's own sessions. */
  public static final class SessionNotFound extends DomainException {
    public SessionNotFound() {
      super("Session not found");
    }

    @Override
    public String code() {
      return "SESSION_NOT_FOUND";
    }
  }

  /** No account has this id or email (operators name users; users never look each other up). */
  public static final class UserNotFound extends DomainException {
    public UserNotFound() {
      super("User not found");
    }

    @Override
    public String code() {
      return "USER_NOT_FOUND";
    }
  }

  /** No published signing key has this key id. */
  public static final class SigningKeyNotFound extends DomainException {
    public SigningKeyNotFound() {
      super("Signing key not found");
    }

    @Override
    public String code() {
      return "KEY_NOT_FOUND";
    }
  }

  /** The client's copy of a task is older than the stored one (a stale {@code If-Match}). */
  public static final class StaleVersion extends DomainException {
    public StaleVersion() {
      super("Task was changed by another request");
    }

    @Override
    public String code() {
      return "PRECONDITION_FAILED";
    }
  }

  /** Too many attempts; the caller may try again after {@link #retryAfter()}. */
  public static final class Throttled extends DomainException {
    private final Duration retryAfter;

    public Throttled(Duration retryAfter) {
      super("Too many requests. Try again later.");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }

    @Override
    public String code() {
      return "TOO_MANY_REQUESTS";
    }
  }
}
