package io.taskguard.application.config;

import io.taskguard.domain.policy.AttemptLimit;
import java.time.Duration;

/**
 * The identity service's limits, read from configuration by the adapter that starts the
 * application: session lifetime, the sign-in back-off, and the sign-up limit per address. Each
 * limit on attempts is a domain {@link AttemptLimit}.
 */
public record IdentitySettings(
    Duration sessionTtl,
    int accountFailuresBeforeBackoff,
    int addressFailuresBeforeBackoff,
    Duration failureWindow,
    Duration firstBackoff,
    Duration maxBackoff,
    int signUpsPerAddress,
    Duration signUpWindow) {

  /** The defaults the README documents; a setting left unset takes its value from here. */
  public static IdentitySettings defaults() {
    return new IdentitySettings(
        Duration.ofDays(7),
        5,
        20,
        Duration.ofMinutes(15),
        Duration.ofSeconds(30),
        Duration.ofMinutes(15),
        10,
        Duration.ofHours(1));
  }

  /** Failed sign-ins to one account: its {@code accountFailuresBeforeBackoff}-th is backed off. */
  public AttemptLimit signInAccountLimit() {
    return new AttemptLimit(accountFailuresBeforeBackoff, failureWindow, firstBackoff, maxBackoff);
  }

  /** Failed sign-ins from one address, to any account. */
  public AttemptLimit signInAddressLimit() {
    return new AttemptLimit(addressFailuresBeforeBackoff, failureWindow, firstBackoff, maxBackoff);
  }

  /** Wrong operator credentials from one address: the sign-in thresholds of an account. */
  public AttemptLimit operatorLimit() {
    return signInAccountLimit();
  }

  /** Sign-ups from one address: {@code signUpsPerAddress} per window, the next one waits it out. */
  public AttemptLimit signUpLimit() {
    return AttemptLimit.quota(signUpsPerAddress + 1, signUpWindow);
  }
}
