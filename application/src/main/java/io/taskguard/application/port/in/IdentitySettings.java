package io.taskguard.application.port.in;

import java.time.Duration;

/**
 * The identity service's limits, read from configuration by the adapter that starts the
 * application: session lifetime, the sign-in back-off, and the sign-up limit per address.
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

  /** The defaults the README documents. */
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

  /** The wait after {@code failures} failures of a subject whose threshold is {@code threshold}. */
  public Duration backoff(int failures, int threshold) {
    int doublings = Math.min(20, Math.max(0, failures - threshold));
    Duration wait = firstBackoff.multipliedBy(1L << doublings);
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
