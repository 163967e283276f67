package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  private final AccountAndAddressLimit limit;

  /** For CDI's client proxy only. */
  protected SecondFactorThrottle() {
    this.limit = null;
  }

  @Inject
  public SecondFactorThrottle(AttemptCounter attempts, IdentitySettings settings) {
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

  void recordSuccess(UserId user) {
    limit.recordSuccess(user.value());
  }
}
