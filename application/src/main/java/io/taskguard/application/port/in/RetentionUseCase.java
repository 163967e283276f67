package io.taskguard.application.port.in;

import java.util.Optional;

/** Forgetting what is no longer needed, at ages the operator chooses. */
public interface RetentionUseCase {

  /**
   * The most rows one batch removes, all tables together, however many are asked for. On a database
   * of a million users (bench/scale) such a batch mostly takes well under a tenth of a second, but
   * one whose rows lie on pages PostgreSQL must first read from disk took seconds: the caller asks
   * for fewer while batches are slow.
   */
  int MAX_BATCH = 1_000;

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
   * Removes one batch of what is older than its age: its own transaction, at most {@code limit}
   * rows of all tables together (and never more than the service's own maximum); empty when another
   * server is running it right now. Called again while {@link Purged#more()}.
   *
   * @throws TooSlow when the database stopped one of the batch's statements for running too long;
   *     the batch was rolled back and removed nothing
   */
  Optional<Purged> purge(int limit);

  /** A batch was stopped by its time bound and rolled back; a smaller one may succeed. */
  final class TooSlow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooSlow(Throwable cause) {
      super("a retention batch ran longer than its bound and was rolled back", cause);
    }
  }
}
