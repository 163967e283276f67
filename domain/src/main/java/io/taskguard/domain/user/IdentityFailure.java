package io.taskguard.domain.user;

import java.time.Duration;
import java.util.Locale;

/**
 * Everything that can go wrong in the identity context (accounts, sessions, mailed tokens, signing
 * keys and the operator's commands), in its own words. It is sealed apart from the task context's
 * {@code TaskFailure}, so that the accounts API's one mapper answers exactly these cases and a case
 * added here cannot go unanswered; the codes and texts clients see live there, not here. The
 * message is a short description for the server's own logs.
 */
public abstract sealed class IdentityFailure extends RuntimeException {

  private IdentityFailure(String message) {
    super(message, null, false, false);
  }

  /**
   * Input that breaks a rule of accounts or of the operator's commands; {@link #rule()} says which.
   */
  public static final class InvalidInput extends IdentityFailure {

    /** The rules identity input can break. */
    public enum Rule {
      /** An email address that is not one (syntax, length). */
      EMAIL_MALFORMED,
      /** A user id of the wrong shape. */
      USER_ID_MALFORMED,
      /** A sign-up without its email, password or name. */
      SIGN_UP_INCOMPLETE,
      /** A sign-in without its email or password. */
      SIGN_IN_INCOMPLETE,
      /** A person's name longer than {@code ProfileRules.MAX_NAME}. */
      NAME_TOO_LONG,
      /** A name or image URL with U+0000 or an unpaired surrogate. */
      NAME_OR_IMAGE_NOT_STORABLE,
      /** A name with explicit bidirectional formatting characters. */
      NAME_HAS_BIDI_CONTROLS,
      /** A name that is not empty but has no visible character (zero-width characters only). */
      NAME_INVISIBLE,
      /** A password with U+0000 or an unpaired surrogate. */
      PASSWORD_NOT_STORABLE,
      /** An image URL longer than {@code ProfileRules.MAX_IMAGE}. */
      IMAGE_TOO_LONG,
      /** An operator command that names no user. */
      USER_NOT_NAMED,
      /** A second-factor answer without its code. */
      CODE_MISSING,
      /** An authenticator-app issuer name that is too long, has a colon or control characters. */
      ISSUER_INVALID,
      /** A passkey name that is empty, too long, or has control characters. */
      PASSKEY_NAME_INVALID,
      /** No password, on a session that has not proved a second factor lately. */
      PASSWORD_MISSING
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
  public static final class WeakPassword extends IdentityFailure {

    /** The password rules, in the order they are checked. */
    public enum Rule {
      TOO_SHORT,
      TOO_LONG,
      EQUALS_EMAIL,
      TOO_COMMON,
      /** Guessed too soon by a strength estimator, with the account's email and name as hints. */
      TOO_GUESSABLE
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
  public static final class EmailTaken extends IdentityFailure {
    public EmailTaken() {
      super("email already taken");
    }
  }

  /** Sign-in refused; deliberately silent about whether the email or the password was wrong. */
  public static final class InvalidCredentials extends IdentityFailure {
    public InvalidCredentials() {
      super("invalid credentials");
    }
  }

  /** No live session or valid token backs the request. */
  public static final class NotAuthenticated extends IdentityFailure {
    public NotAuthenticated() {
      super("not authenticated");
    }
  }

  /** No such session among the caller's own sessions. */
  public static final class SessionNotFound extends IdentityFailure {
    public SessionNotFound() {
      super("session not found");
    }
  }

  /** No account has this id or email (operators name users; users never look each other up). */
  public static final class UserNotFound extends IdentityFailure {
    public UserNotFound() {
      super("user not found");
    }
  }

  /** No published signing key has this key id. */
  public static final class SigningKeyNotFound extends IdentityFailure {
    public SigningKeyNotFound() {
      super("signing key not found");
    }
  }

  /** The password given to confirm an action is not the account's. */
  public static final class WrongPassword extends IdentityFailure {
    public WrongPassword() {
      super("wrong password");
    }
  }

  /**
   * A mailed token that proves nothing: unknown, already used, superseded, or (for a password
   * reset) expired; {@link #purpose()} says what it was offered for.
   */
  public static final class InvalidToken extends IdentityFailure {
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
  public static final class TokenExpired extends IdentityFailure {
    public TokenExpired() {
      super("token expired");
    }
  }

  /** An email change to the address the account already has. */
  public static final class EmailUnchanged extends IdentityFailure {
    public EmailUnchanged() {
      super("email unchanged");
    }
  }

  /** A verification asked for an address that is already verified. */
  public static final class EmailAlreadyVerified extends IdentityFailure {
    public EmailAlreadyVerified() {
      super("email already verified");
    }
  }

  /** A signed-in person asked to verify an address that is not their account's. */
  public static final class EmailMismatch extends IdentityFailure {
    public EmailMismatch() {
      super("email mismatch");
    }
  }

  /** A sign-in refused until the account's email is verified (when verification is required). */
  public static final class EmailNotVerified extends IdentityFailure {
    public EmailNotVerified() {
      super("email not verified");
    }
  }

  /** An action that needs a recent sign-in (or the password) on an older session. */
  public static final class SessionNotFresh extends IdentityFailure {
    public SessionNotFresh() {
      super("session not fresh");
    }
  }

  /**
   * A one-time code (from an authenticator app, or mailed) that is wrong, already used, or of a
   * step too far from now.
   */
  public static final class InvalidCode extends IdentityFailure {
    public InvalidCode() {
      super("invalid one-time code");
    }
  }

  /** A backup code that is not one of the account's unused codes. */
  public static final class InvalidBackupCode extends IdentityFailure {
    public InvalidBackupCode() {
      super("invalid backup code");
    }
  }

  /** A second-factor answer without a live sign-in challenge (missing, unknown or expired). */
  public static final class NoChallenge extends IdentityFailure {
    public NoChallenge() {
      super("no second-factor challenge");
    }
  }

  /** A challenge that took too many wrong codes, and is now ended: sign in again. */
  public static final class ChallengeExhausted extends IdentityFailure {
    public ChallengeExhausted() {
      super("second-factor challenge exhausted");
    }
  }

  /** A mailed one-time code whose time has passed, or none was sent. */
  public static final class CodeExpired extends IdentityFailure {
    public CodeExpired() {
      super("mailed code expired");
    }
  }

  /** An action on a second factor the account does not have (or has not confirmed). */
  public static final class TwoFactorNotEnabled extends IdentityFailure {
    public TwoFactorNotEnabled() {
      super("two-factor not enabled");
    }
  }

  /** No trusted device of the caller's own has this id. */
  public static final class TrustedDeviceNotFound extends IdentityFailure {
    public TrustedDeviceNotFound() {
      super("trusted device not found");
    }
  }

  /**
   * A passkey response that proves nothing: unreadable, for another relying party or origin,
   * without user verification, or with a signature that does not verify; {@link #registration()}
   * says which ceremony it answered.
   */
  public static final class PasskeyRefused extends IdentityFailure {
    private final boolean registration;

    public PasskeyRefused(boolean registration) {
      super(registration ? "passkey registration refused" : "passkey authentication refused");
      this.registration = registration;
    }

    public boolean registration() {
      return registration;
    }
  }

  /** An assertion whose sign count did not go up: the authenticator may have been cloned. */
  public static final class PasskeyCounterWentBack extends IdentityFailure {
    public PasskeyCounterWentBack() {
      super("passkey sign count went back");
    }
  }

  /** A passkey response to a challenge that was never issued, was used, or expired. */
  public static final class PasskeyChallengeNotFound extends IdentityFailure {
    public PasskeyChallengeNotFound() {
      super("passkey challenge not found");
    }
  }

  /** No passkey of the caller's own (or, at sign-in, of anyone) has this id. */
  public static final class PasskeyNotFound extends IdentityFailure {
    public PasskeyNotFound() {
      super("passkey not found");
    }
  }

  /** Too many attempts; the caller may try again after {@link #retryAfter()}. */
  public static final class Throttled extends IdentityFailure {
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
