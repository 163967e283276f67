package io.taskguard.adapter.rest.auth;

import java.time.Duration;

/**
 * A lower bound on how long an answer takes, for the calls whose work differs with something they
 * must not reveal (whether an email has an account, or a verified one): every answer waits until
 * {@link #FLOOR} has passed since the request began, so both paths take the same time.
 */
final class AnswerFloor {

  /** Far above either path's own time (a few milliseconds; the mail is sent after the answer). */
  static final Duration FLOOR = Duration.ofMillis(300);

  private final long started = System.nanoTime();

  /** Waits out the rest of the floor. */
  void await() {
    long remaining = FLOOR.toNanos() - (System.nanoTime() - started);
    if (remaining <= 0) {
      return;
    }
    try {
      Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
