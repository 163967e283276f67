package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.domain.user.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Back-off for failed sign-ins, per account and per client address ({@link
 * IdentitySettings#signInAccountLimit()}, {@link IdentitySettings#signInAddressLimit()}), by the
 * rule of {@link AccountAndAddressLimit}.
 */
@ApplicationScoped
public class LoginThrottle {

  static final String ACCOUNT = "signin-account";
  static final String ADDRESS = "signin-ip";

  private final AccountAndAddressLimit limit;

  /** For CDI's client proxy only. */
  protected LoginThrottle() {
    this.limit = null;
  }

  @Inject
  public LoginThrottle(AttemptCounter attempts, IdentitySettings settings) {
    this.limit =
        new AccountAndAddressLimit(
            attempts,
            ACCOUNT,
            settings.signInAccountLimit(),
            ADDRESS,
            settings.signInAddressLimit());
  }

  /** Refuses the attempt with {@code IdentityFailure.Throttled} while it must wait. */
  void checkAllowed(Email email, String address, Instant now) {
    limit.checkAllowed(email.value(), address, now);
  }

  void recordFailure(Email email, String address, Instant now) {
    limit.recordFailure(email.value(), address, now);
  }

  /** Clears the account's failures (not the address's). */
  void recordSuccess(Email email) {
    limit.recordSuccess(email.value());
  }
}
