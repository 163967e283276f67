package io.taskguard.application.port.out;

import java.time.Duration;
import java.time.Instant;

/**
 * Counts attempts per subject (an account or a client address) in a store shared by every server,
 * so a limit holds across restarts and across servers. It only counts and remembers a block; when
 * to block, and for how long, is the domain's {@code AttemptLimit}.
 */
public interface ThrottleStore {

  /** What the store knows of one subject at a moment: attempts in the window, and a block. */
  record Count(int attempts, Instant blockedUntil) {}

  /** The attempts counted within {@code window} before {@code now}, and a block still running. */
  Count current(String scope, String subject, Instant now, Duration window);

  /**
   * Counts one more attempt at {@code now} and returns how many the window now holds. A window that
   * has passed, for a subject no longer blocked, starts over. Atomic across servers.
   */
  int count(String scope, String subject, Instant now, Duration window);

  /** Blocks the subject until {@code until}. */
  void block(String scope, String subject, Instant until);

  /** Forgets the subject's attempts and block. */
  void reset(String scope, String subject);
}
