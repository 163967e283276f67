package io.taskguard.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many attempts of one kind a subject (an account, a client address) may make before it must
 * wait, and how long. Attempts are counted within a window; from the {@code attempts}-th on, each
 * one blocks the subject for the {@link Backoff} from {@code firstBackoff} to {@code maxBackoff},
 * one step further with every further attempt. A fixed wait is a back-off whose first and longest
 * are equal. The one rule behind sign-in back-off (per account and per address), the sign-up limit
 * per address and the operator credential's guessing limit; counting is the store's job, deciding
 * is this.
 *
 * @param attempts attempts in the window before the subject is blocked (at least 1)
 * @param window how far back attempts count
 * @param firstBackoff the wait after the {@code attempts}-th attempt
 * @param maxBackoff the longest wait
 */
public record AttemptLimit(
    int attempts, Duration window, Duration firstBackoff, Duration maxBackoff) {

  public AttemptLimit {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    new Backoff(firstBackoff, maxBackoff); // refuses a first wait longer than the longest
  }

  /** {@code attempts} per {@code window}, then a wait of one {@code window}: a plain quota. */
  public static AttemptLimit quota(int attempts, Duration window) {
    return new AttemptLimit(attempts, window, window, window);
  }

  /** The wait after the {@code counted}-th attempt in the window; zero before the limit. */
  public Duration backoff(int counted) {
    if (counted < attempts) {
      return Duration.ZERO;
    }
    return new Backoff(firstBackoff, maxBackoff).delay(counted - attempts);
  }

  /** Until when the {@code counted}-th attempt at {@code now} blocks the subject, if it does. */
  public Optional<Instant> blockedUntil(int counted, Instant now) {
    return counted < attempts ? Optional.empty() : Optional.of(now.plus(backoff(counted)));
  }

  /** How long a subject blocked until {@code blockedUntil} must still wait at {@code now}. */
  public static Optional<Duration> remaining(Instant blockedUntil, Instant now) {
    return blockedUntil != null && blockedUntil.isAfter(now)
        ? Optional.of(Duration.between(now, blockedUntil))
        : Optional.empty();
  }
}
