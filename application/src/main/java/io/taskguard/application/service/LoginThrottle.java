package io.taskguard.application.service;

import io.taskguard.application.port.in.IdentitySettings;
import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Back-off for failed sign-ins, per account and per client address, counted in the shared store. A
 * blocked account stays open to addresses with no recent failures, so an attacker who hammers an
 * account cannot lock its owner out; a blocked address is refused for every account.
 */
@ApplicationScoped
public class LoginThrottle {

  static final String ACCOUNT = "signin-account";
  static final String ADDRESS = "signin-ip";

  @Inject ThrottleStore store;
  @Inject IdentitySettings settings;

  /** Refuses the attempt with {@link DomainException.Throttled} while it must wait. */
  void checkAllowed(Email email, String address, Instant now) {
    ThrottleStore.Count byAddress = store.current(ADDRESS, address, now, settings.failureWindow());
    refuseIfBlocked(byAddress, now);
    ThrottleStore.Count byAccount =
        store.current(ACCOUNT, email.value(), now, settings.failureWindow());
    if (byAddress.failures() > 0) {
      refuseIfBlocked(byAccount, now);
    }
  }

  void recordFailure(Email email, String address, Instant now) {
    store.recordFailure(
        ADDRESS,
        address,
        now,
        settings.failureWindow(),
        settings.addressFailuresBeforeBackoff(),
        failures -> settings.backoff(failures, settings.addressFailuresBeforeBackoff()));
    store.recordFailure(
        ACCOUNT,
        email.value(),
        now,
        settings.failureWindow(),
        settings.accountFailuresBeforeBackoff(),
        failures -> settings.backoff(failures, settings.accountFailuresBeforeBackoff()));
  }

  /**
   * Clears the account's failures. The address keeps its count: signing in to one's own account
   * must not wash away failures against others.
   */
  void recordSuccess(Email email) {
    store.reset(ACCOUNT, email.value());
  }

  private static void refuseIfBlocked(ThrottleStore.Count count, Instant now) {
    if (count.blockedUntil() != null && count.blockedUntil().isAfter(now)) {
      throw new DomainException.Throttled(Duration.between(now, count.blockedUntil()));
    }
  }
}
