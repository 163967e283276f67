package io.taskguard.application.port.in;

import java.time.Duration;
import java.util.Optional;

/** Forgetting what is no longer needed, at ages the operator chooses. */
public interface RetentionUseCase {

  /**
   * How long each kind of record is kept once it no longer does anything.
   *
   * @param sessions after a session expired or was ended
   * @param tokens after a mailed token was used or expired
   * @param throttle after an attempt counter's window and block are over
   * @param mail after a mail was sent or given up
   * @param audit after an audit event happened
   */
  record Ages(
      Duration sessions, Duration tokens, Duration throttle, Duration mail, Duration audit) {

    /** The defaults the README documents; a setting left unset takes its value from here. */
    public static Ages defaults() {
      return new Ages(
          Duration.ofDays(7),
          Duration.ofDays(7),
          Duration.ofDays(1),
          Duration.ofDays(7),
          Duration.ofDays(365));
    }
  }

  /** How many rows of each kind one run removed. */
  record Purged(int sessions, int tokens, int throttle, int mail, int audit) {}

  /** Removes what is older than its age; empty when another server is running it right now. */
  Optional<Purged> purge();
}
