package io.taskguard.application.port.in;

import java.util.Optional;

/** Forgetting what is no longer needed, at ages the operator chooses. */
public interface RetentionUseCase {

  /**
   * How many rows of each kind one batch removed, and whether the batch was full, so that more may
   * be left for the next one.
   */
  record Purged(int sessions, int tokens, int throttle, int mail, int audit, boolean more) {

    /** This batch's counts added to {@code earlier}'s, with this batch's {@code more}. */
    public Purged after(Purged earlier) {
      return new Purged(
          earlier.sessions + sessions,
          earlier.tokens + tokens,
          earlier.throttle + throttle,
          earlier.mail + mail,
          earlier.audit + audit,
          more);
    }
  }

  /**
   * Removes one batch of what is older than its age (its own transaction, a bounded number of rows
   * of all tables together); empty when another server is running it right now. Called again while
   * {@link Purged#more()}.
   */
  Optional<Purged> purge();
}
