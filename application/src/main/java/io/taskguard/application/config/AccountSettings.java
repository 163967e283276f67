package io.taskguard.application.config;

import io.taskguard.domain.policy.AttemptLimit;
import java.time.Duration;

/**
 * The account lifecycle's limits, read from configuration by the adapter that starts the
 * application (every name, default and meaning is in the README's configuration table).
 *
 * @param resetTokenTtl how long a password-reset link works
 * @param verifyTokenTtl how long an email-verification or email-change link works
 * @param mailsPerAccount reset and verification mails to one account (beyond: quietly none)
 * @param mailsPerAddress such requests from one client address (beyond: 429)
 * @param freshAge how young a session must be to delete the account without the password
 * @param revokeSessionsOnReset whether a password reset ends every session of the account
 * @param requireVerifiedEmail whether sign-in waits for a verified email
 * @param verifyOnSignUp whether sign-up mails a verification link
 */
public record AccountSettings(
    Duration resetTokenTtl,
    Duration verifyTokenTtl,
    AttemptLimit mailsPerAccount,
    AttemptLimit mailsPerAddress,
    Duration freshAge,
    boolean revokeSessionsOnReset,
    boolean requireVerifiedEmail,
    boolean verifyOnSignUp) {

  /** The defaults the README documents; a setting left unset takes its value from here. */
  public static AccountSettings defaults() {
    return new AccountSettings(
        Duration.ofHours(1),
        Duration.ofDays(1),
        AttemptLimit.quota(6, Duration.ofHours(1)),
        AttemptLimit.quota(21, Duration.ofHours(1)),
        Duration.ofMinutes(15),
        true,
        false,
        true);
  }
}
