package io.taskguard.domain.policy;

import java.time.Duration;

/**
 * A wait that starts at {@code first} and doubles with every further step, up to {@code longest}.
 * The one back-off behind attempt limits ({@link AttemptLimit}) and the mail relay's retries; a
 * fixed wait is a back-off whose first and longest are equal.
 *
 * @param first the wait at step 0
 * @param longest the longest wait
 */
public record Backoff(Duration first, Duration longest) {

  /** The most doublings: beyond, {@code longest} has long been reached. */
  private static final int MAX_DOUBLINGS = 20;

  public Backoff {
    if (first.isNegative() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("0 <= first <= longest: " + first + ", " + longest);
    }
  }

  /** The wait at {@code step} (0 for the first): {@code first} doubled once per step, capped. */
  public Duration delay(int step) {
    if (step < 0) {
      throw new IllegalArgumentException("step must not be negative: " + step);
    }
    Duration wait = first.multipliedBy(1L << Math.min(MAX_DOUBLINGS, step));
    return wait.compareTo(longest) > 0 ? longest : wait;
  }
}
