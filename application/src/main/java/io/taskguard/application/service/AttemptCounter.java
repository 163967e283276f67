package io.taskguard.application.service;

import io.taskguard.application.port.out.ThrottleStore;
import io.taskguard.domain.policy.AttemptLimit;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The domain's {@link AttemptLimit} applied to the counts of the shared {@link ThrottleStore}: the
 * one way sign-in, sign-up and the operator credential limit attempts.
 */
@ApplicationScoped
public class AttemptCounter {

  private final ThrottleStore store;

  /** For CDI's client proxy only. */
  protected AttemptCounter() {
    this(null);
  }

  @Inject
  public AttemptCounter(ThrottleStore store) {
    this.store = store;
  }

  /** The subject's count at {@code now} under {@code limit}'s window. */
  ThrottleStore.Count current(String scope, String subject, AttemptLimit limit, Instant now) {
    return store.current(scope, subject, now, limit.window());
  }

  /** Refuses with {@link IdentityFailure.Throttled} while the subject is blocked. */
  void refuseIfBlocked(String scope, String subject, AttemptLimit limit, Instant now) {
    refuseIfBlocked(current(scope, subject, limit, now), now);
  }

  static void refuseIfBlocked(ThrottleStore.Count count, Instant now) {
    Optional<Duration> wait = AttemptLimit.remaining(count.blockedUntil(), now);
    if (wait.isPresent()) {
      throw new IdentityFailure.Throttled(wait.get());
    }
  }

  /**
   * Counts one attempt; when {@code limit} says it blocks the subject, records the block and
   * returns how long it lasts.
   */
  Optional<Duration> record(String scope, String subject, AttemptLimit limit, Instant now) {
    int counted = store.count(scope, subject, now, limit.window());
    Optional<Instant> until = limit.blockedUntil(counted, now);
    until.ifPresent(instant -> store.block(scope, subject, instant));
    return until.map(instant -> Duration.between(now, instant));
  }

  void reset(String scope, String subject) {
    store.reset(scope, subject);
  }
}
