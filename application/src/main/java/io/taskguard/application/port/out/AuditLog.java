package io.taskguard.application.port.out;

import io.taskguard.domain.user.UserId;
import java.time.Instant;

/** A permanent record of security events. Never given a password, token or hash. */
public interface AuditLog {

  enum Event {
    SIGN_UP,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_REFUSED,
    THROTTLED,
    SIGN_OUT,
    SESSION_REVOKED,
    /** A new signing key, made by the server when a token was to be issued and no key signed. */
    KEY_ROTATED,
    OPERATOR_KEY_ROTATED,
    OPERATOR_KEY_WITHDRAWN,
    OPERATOR_KEYS_REENCRYPTED,
    OPERATOR_SESSIONS_REVOKED,
    OPERATOR_REFUSED,
    /** A wrong password given to confirm a password change or an account deletion. */
    PASSWORD_CONFIRMATION_FAILED,
    PASSWORD_CHANGED,
    /** A reset link asked for; the user when the address is an account's, else none. */
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    VERIFICATION_REQUESTED,
    EMAIL_VERIFIED,
    EMAIL_CHANGE_REQUESTED,
    /** A requested email change withdrawn before its link was opened. */
    EMAIL_CHANGE_CANCELLED,
    EMAIL_CHANGED,
    PROFILE_UPDATED,
    USER_DELETED,
    /** A TOTP secret confirmed by its first code: two-factor is on (or its secret replaced). */
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    BACKUP_CODES_GENERATED,
    BACKUP_CODE_USED,
    /** A sign-in that proved the password and now waits for a second factor. */
    TWO_FACTOR_CHALLENGED,
    /** A wrong TOTP, backup or mailed code. */
    TWO_FACTOR_FAILED,
    /** A second factor (or a trusted device) that completed a sign-in. */
    TWO_FACTOR_PASSED,
    TRUSTED_DEVICE_ADDED,
    TRUSTED_DEVICE_REMOVED,
    PASSKEY_ADDED,
    PASSKEY_REMOVED,
    PASSKEY_SIGN_IN,
    /** A passkey response that proved nothing. */
    PASSKEY_FAILED,
    /** An assertion whose sign count did not go up: perhaps a cloned authenticator. */
    PASSKEY_COUNTER_WENT_BACK
  }

  /** Records {@code event}; {@code userId} may be null (unknown account). */
  void record(Event event, UserId userId, String clientAddress, Instant at);
}
