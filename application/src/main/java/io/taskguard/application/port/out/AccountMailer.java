package io.taskguard.application.port.out;

import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.User;
import java.time.Instant;

/**
 * The mails of the account lifecycle, written to the outbox in the caller's transaction. The
 * adapter composes them (text and HTML) and builds their links from the public base URL; a token
 * appears in the link and nowhere else.
 */
public interface AccountMailer {

  /** A password-reset link; {@code callback} is where it leads (null: the web UI's reset page). */
  void passwordReset(User user, String token, String callback, Instant now);

  /**
   * A link that proves {@code to} receives mail: the account's own address, or the new address of
   * an email change; {@code callback} is where it leads (null: the web UI).
   */
  void verification(User user, Email to, String token, String callback, Instant now);

  /** Tells the account's current address that a move to {@code newEmail} was asked for. */
  void emailChangeRequested(User user, Email newEmail, Instant now);

  /** Tells the account's address that its password was changed or reset. */
  void passwordChanged(User user, Instant now);

  /** Changes to how an account signs in, each told to the account's address. */
  enum SecurityChange {
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    BACKUP_CODES_GENERATED,
    BACKUP_CODE_USED,
    PASSKEY_ADDED,
    PASSKEY_REMOVED
  }

  /** Tells the account's address of a change to how it signs in, so an owner notices a takeover. */
  void securityChange(User user, SecurityChange change, Instant now);

  /** A one-time sign-in code, for a sign-in that proved the password and waits for it. */
  void signInCode(User user, String code, Instant now);
}
