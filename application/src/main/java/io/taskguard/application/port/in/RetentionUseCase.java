package io.taskguard.application.port.in;

import java.util.Optional;

/** Forgetting what is no longer needed, at ages the operator chooses. */
public interface RetentionUseCase {

  /** How many rows of each kind one run removed. */
  record Purged(int sessions, int tokens, int throttle, int mail, int audit) {}

  /** Removes what is older than its age; empty when another server is running it right now. */
  Optional<Purged> purge();
}
