package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.domain.policy.AttemptLimit;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Back-off for wrong second-factor codes, per account and per client address, with the sign-in
 * thresholds and the rule of {@link AccountAndAddressLimit}: someone who knows the password and
 * guesses codes is slowed down, and the owner, signing in from an address with no wrong codes, is
 * not locked out by it. Counted in the shared store, so it holds across servers.
 */
@ApplicationScoped
public class SecondFactorThrottle {

  static final String ACCOUNT = "2fa-account";
  static final String ADDRESS = "2fa-ip";
  static final String CODE_GUESSES = "2fa-codes";

  /**
   * Wrong six-digit codes (app or mailed) to one account from any address: from the 10th in an
   * hour, each further one waits a minute, doubling up to an hour, so someone who has the password
   * and many addresses still gets only a few dozen guesses a day. Backup codes, passkeys and
   * trusted devices are not held back by it: the owner keeps a way in.
   */
  static final AttemptLimit CODE_GUESS_LIMIT =
      new AttemptLimit(10, Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(1));

  private final AccountAndAddressLimit limit;
  private final AttemptCounter attempts;

  /** For CDI's client proxy only. */
  protected SecondFactorThrottle() {
    this.limit = null;
    this.attempts = null;
  }

  @Inject
  public SecondFactorThrottle(AttemptCounter attempts, IdentitySettings settings) {
    this.attempts = attempts;
    this.limit =
        new AccountAndAddressLimit(
            attempts,
            ACCOUNT,
            settings.signInAccountLimit(),
            ADDRESS,
            settings.signInAddressLimit());
  }

  void checkAllowed(UserId user, String address, Instant now) {
    limit.checkAllowed(user.value(), address, now);
  }

  void recordFailure(UserId user, String address, Instant now) {
    limit.recordFailure(user.value(), address, now);
  }

  /** Refuses a six-digit code while the account's guesses from all addresses are backed off. */
  void checkCodeGuessesAllowed(UserId user, Instant now) {
    attempts.refuseIfBlocked(CODE_GUESSES, user.value(), CODE_GUESS_LIMIT, now);
  }

  /** Counts a wrong six-digit code against the account, whatever the address. */
  void recordWrongCode(UserId user, Instant now) {
    attempts.record(CODE_GUESSES, user.value(), CODE_GUESS_LIMIT, now);
  }

  void recordSuccess(UserId user) {
    limit.recordSuccess(user.value());
  }
}
