package io.taskguard.application.service;

import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.domain.policy.AttemptLimit;
import java.time.Instant;

/**
 * Back-off for guesses at one account's secret (its password, its second factor), counted per
 * account and per client address. A blocked account stays open to addresses with no recent
 * failures, so someone who hammers an account cannot lock its owner out; a blocked address is
 * refused for every account.
 */
final class AccountAndAddressLimit {

  private final AttemptCounter attempts;
  private final String accountScope;
  private final String addressScope;
  private final AttemptLimit accountLimit;
  private final AttemptLimit addressLimit;

  AccountAndAddressLimit(
      AttemptCounter attempts,
      String accountScope,
      AttemptLimit accountLimit,
      String addressScope,
      AttemptLimit addressLimit) {
    this.attempts = attempts;
    this.accountScope = accountScope;
    this.addressScope = addressScope;
    this.accountLimit = accountLimit;
    this.addressLimit = addressLimit;
  }

  /** Refuses the attempt with {@code IdentityFailure.Throttled} while it must wait. */
  void checkAllowed(String account, String address, Instant now) {
    ThrottleStore.Count byAddress = attempts.current(addressScope, address, addressLimit, now);
    AttemptCounter.refuseIfBlocked(byAddress, now);
    if (byAddress.attempts() > 0) {
      attempts.refuseIfBlocked(accountScope, account, accountLimit, now);
    }
  }

  void recordFailure(String account, String address, Instant now) {
    attempts.record(addressScope, address, addressLimit, now);
    attempts.record(accountScope, account, accountLimit, now);
  }

  /**
   * Clears the account's failures. The address keeps its count: proving one's own account must not
   * wash away failures against others.
   */
  void recordSuccess(String account) {
    attempts.reset(accountScope, account);
  }
}
