package io.taskguard.domain;

import io.taskguard.domain.user.TokenPurpose;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything that can go wrong in taskguard's domain, in the domain's own words. The hierarchy is
 * sealed, so each inbound adapter's single mapper must give every case a status and a body of its
 * own wire contract; the codes and texts clients see live there, not here. The message is a short
 * description for the server's own logs.
 */
public abstract sealed class DomainException extends RuntimeException {

  private DomainException(String message) {
    super(message, null, false, false);
  }

  /** Input that breaks a rule of the domain; {@link #rule()} says which. */
  public static final class InvalidInput extends DomainException {

    /** The rules input can break. */
    public enum Rule {
      /** An email address that is not one (syntax, length). */
      EMAIL_MALFORMED,
      /** A user id of the wrong shape. */
      USER_ID_MALFORMED,
      /** A task title that is empty or only whitespace. */
      TITLE_EMPTY,
      /** A task title longer than {@code Title.MAX_LENGTH} code points. */
      TITLE_TOO_LONG,
      /** A task description longer than {@code Description.MAX_LENGTH} code points. */
      DESCRIPTION_TOO_LONG,
      /** A sign-up without its email, password or name. */
      SIGN_UP_INCOMPLETE,
      /** A sign-in without its email or password. */
      SIGN_IN_INCOMPLETE,
      /** A person's name longer than {@code RegisterUserUseCase.MAX_NAME}. */
      NAME_TOO_LONG,
      /** A name or image URL with U+0000 or an unpaired surrogate. */
      NAME_OR_IMAGE_NOT_STORABLE,
      /** A name with explicit bidirectional formatting characters. */
      NAME_HAS_BIDI_CONTROLS,
      /** A password with U+0000 or an unpaired surrogate. */
      PASSWORD_NOT_STORABLE,
      /** An image URL longer than {@code RegisterUserUseCase.MAX_IMAGE}. */
      IMAGE_TOO_LONG,
      /** An operator command that names no user. */
      USER_NOT_NAMED,
      /** A page size outside 1 to {@code TaskQuery.MAX_PAGE}. */
      PAGE_SIZE_OUT_OF_RANGE,
      /** A title search too long, or with U+0000. */
      SEARCH_INVALID
    }

    private final Rule rule;

    public InvalidInput(Rule rule) {
      super(rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      this.rule = rule;
    }

    public Rule rule() {
      return rule;
    }
  }

  /** A password that the password rules refuse; {@link #rule()} says which. */
  public static final class WeakPassword extends DomainException {

    /** The password rules, in the order they are checked. */
    public enum Rule {
      TOO_SHORT,
      TOO_LONG,
      EQUALS_EMAIL,
      TOO_COMMON
    }

    private final Rule rule;

    public WeakPassword(Rule rule) {
      super("password " + rule.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      this.rule = rule;
    }

    public Rule rule() {
      return rule;
    }
  }

  /** Another account already uses this email. */
  public static final class EmailTaken extends DomainException {
    public EmailTaken() {
      super("email already taken");
    }
  }

  /** Sign-in refused; deliberately silent about whether the email or the password was wrong. */
  public static final class InvalidCredentials extends DomainException {
    public InvalidCredentials() {
      super("invalid credentials");
    }
  }

  /** No live session or valid token backs the request. */
  public static final class NotAuthenticated extends DomainException {
    public NotAuthenticated() {
      super("not authenticated");
    }
  }

  /** The caller acts on a collection that is not their own. */
  public static final class NotOwner extends DomainException {
    public NotOwner() {
      super("not the owner");
    }
  }

  /** No such task in the caller's own collection (whether or not it exists elsewhere). */
  public static final class TaskNotFound extends DomainException {
    public TaskNotFound() {
      super("task not found");
    }
  }

  /** No such session among the caller's own sessions. */
  public static final class SessionNotFound extends DomainException {
    public SessionNotFound() {
      super("session not found");
    }
  }

  /** No account has this id or email (operators name users; users never look each other up). */
  public static final class UserNotFound extends DomainException {
    public UserNotFound() {
      super("user not found");
    }
  }

  /** No published signing key has this key id. */
  public static final class SigningKeyNotFound extends DomainException {
    public SigningKeyNotFound() {
      super("signing key not found");
    }
  }

  /** The client's copy of a task is older than the stored one (a stale {@code If-Match}). */
  public static final class StaleVersion extends DomainException {
    public StaleVersion() {
      super("stale version");
    }
  }

  /** The password given to confirm an action is not the account's. */
  public static final class WrongPassword extends DomainException {
    public WrongPassword() {
      super("wrong password");
    }
  }

  /**
   * A mailed token that proves nothing: unknown, already used, superseded, or (for a password
   * reset) expired; {@link #purpose()} says what it was offered for.
   */
  public static final class InvalidToken extends DomainException {
    private final TokenPurpose purpose;

    public InvalidToken(TokenPurpose purpose) {
      super("invalid " + purpose.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " token");
      this.purpose = purpose;
    }

    public TokenPurpose purpose() {
      return purpose;
    }
  }

  /** A mailed verification token whose time has passed. */
  public static final class TokenExpired extends DomainException {
    public TokenExpired() {
      super("token expired");
    }
  }

  /** An email change to the address the account already has. */
  public static final class EmailUnchanged extends DomainException {
    public EmailUnchanged() {
      super("email unchanged");
    }
  }

  /** A verification asked for an address that is already verified. */
  public static final class EmailAlreadyVerified extends DomainException {
    public EmailAlreadyVerified() {
      super("email already verified");
    }
  }

  /** A signed-in person asked to verify an address that is not their account's. */
  public static final class EmailMismatch extends DomainException {
    public EmailMismatch() {
      super("email mismatch");
    }
  }

  /** A sign-in refused until the account's email is verified (when verification is required). */
  public static final class EmailNotVerified extends DomainException {
    public EmailNotVerified() {
      super("email not verified");
    }
  }

  /** An action that needs a recent sign-in (or the password) on an older session. */
  public static final class SessionNotFresh extends DomainException {
    public SessionNotFresh() {
      super("session not fresh");
    }
  }

  /** Too many attempts; the caller may try again after {@link #retryAfter()}. */
  public static final class Throttled extends DomainException {
    private final Duration retryAfter;

    public Throttled(Duration retryAfter) {
      super("throttled");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}
