package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.domain.user.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Back-off for failed sign-ins, per account and per client address ({@link
 * IdentitySettings#signInAccountLimit()}, {@link IdentitySettings#signInAddressLimit()}). A blocked
 * account stays open to addresses with no recent failures, so an attacker who hammers an account
 * cannot lock its owner out; a blocked address is refused for every account.
 */
@ApplicationScoped
public class LoginThrottle {

  static final String ACCOUNT = "signin-account";
  static final String ADDRESS = "signin-ip";

  private final AttemptCounter attempts;
  private final IdentitySettings settings;

  /** For CDI's client proxy only. */
  protected LoginThrottle() {
    this(null, null);
  }

  @Inject
  public LoginThrottle(AttemptCounter attempts, IdentitySettings settings) {
    this.attempts = attempts;
    this.settings = settings;
  }

  /** Refuses the attempt with {@code IdentityFailure.Throttled} while it must wait. */
  void checkAllowed(Email email, String address, Instant now) {
    ThrottleStore.Count byAddress =
        attempts.current(ADDRESS, address, settings.signInAddressLimit(), now);
    AttemptCounter.refuseIfBlocked(byAddress, now);
    if (byAddress.attempts() > 0) {
      attempts.refuseIfBlocked(ACCOUNT, email.value(), settings.signInAccountLimit(), now);
    }
  }

  void recordFailure(Email email, String address, Instant now) {
    attempts.record(ADDRESS, address, settings.signInAddressLimit(), now);
    attempts.record(ACCOUNT, email.value(), settings.signInAccountLimit(), now);
  }

  /**
   * Clears the account's failures. The address keeps its count: signing in to one's own account
   * must not wash away failures against others.
   */
  void recordSuccess(Email email) {
    attempts.reset(ACCOUNT, email.value());
  }
}
