package io.taskguard.application.fake;

import io.taskguard.application.port.out.ThrottleStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link ThrottleStore} in memory. A window runs from its first attempt; once it has passed (by
 * more than {@code window}) and no block is running, the next attempt starts a new one.
 */
public class InMemoryThrottleStore implements ThrottleStore {

  private record Key(String scope, String subject) {}

  private record Entry(int attempts, Instant windowStart, Instant blockedUntil) {}

  private final Map<Key, Entry> entries = new HashMap<>();

  @Override
  public synchronized Count current(String scope, String subject, Instant now, Duration window) {
    Entry entry = entries.get(new Key(scope, subject));
    if (entry == null) {
      return new Count(0, null);
    }
    boolean blocking = blocking(entry, now);
    if (!blocking && windowPassed(entry, now, window)) {
      return new Count(0, null);
    }
    return new Count(entry.attempts(), blocking ? entry.blockedUntil() : null);
  }

  @Override
  public synchronized int count(String scope, String subject, Instant now, Duration window) {
    Entry entry =
        entries.compute(
            new Key(scope, subject),
            (key, old) ->
                old == null || (!blocking(old, now) && windowPassed(old, now, window))
                    ? new Entry(1, now, null)
                    : new Entry(old.attempts() + 1, old.windowStart(), old.blockedUntil()));
    return entry.attempts();
  }

  @Override
  public synchronized void block(String scope, String subject, Instant until) {
    entries.computeIfPresent(
        new Key(scope, subject), (key, old) -> new Entry(old.attempts(), old.windowStart(), until));
  }

  @Override
  public synchronized void reset(String scope, String subject) {
    entries.remove(new Key(scope, subject));
  }

  /** What the store holds for the subject, whatever the time: its attempts and its block. */
  public synchronized Optional<Count> stored(String scope, String subject) {
    return Optional.ofNullable(entries.get(new Key(scope, subject)))
        .map(entry -> new Count(entry.attempts(), entry.blockedUntil()));
  }

  private static boolean blocking(Entry entry, Instant now) {
    return entry.blockedUntil() != null && entry.blockedUntil().isAfter(now);
  }

  private static boolean windowPassed(Entry entry, Instant now, Duration window) {
    return entry.windowStart().isBefore(now.minus(window));
  }
}
