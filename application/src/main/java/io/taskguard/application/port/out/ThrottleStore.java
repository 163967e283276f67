package io.taskguard.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts failures per subject (an account or a client address) in a store shared by every server,
 * so a limit holds across restarts and across servers.
 */
public interface ThrottleStore {

  /** What the store knows of one subject at a moment. */
  record Count(int failures, Instant blockedUntil) {}

  /** The failures counted within {@code window} before {@code now}. */
  Count current(String scope, String subject, Instant now, Duration window);

  /**
   * Counts one more failure and, once {@code failures >= threshold}, blocks the subject until
   * {@code now + backoff(failures)}.
   */
  Count recordFailure(
      String scope,
      String subject,
      Instant now,
      Duration window,
      int threshold,
      java.util.function.IntFunction<Duration> backoff);

  void reset(String scope, String subject);
}
