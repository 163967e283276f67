package io.taskguard.adapter.token;

import io.taskguard.domain.DomainException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once. Each argon2id hash takes 19 MiB and a core for tens
 * of milliseconds; a flood of sign-ins beyond the bound waits its turn (and, past {@link
 * #MAX_WAIT}, is told to retry) instead of taking every core from the task API.
 */
final class HashingGate {

  static final Duration MAX_WAIT = Duration.ofSeconds(10);

  private final Semaphore permits;
  private final Duration maxWait;

  HashingGate(int concurrent) {
    this(concurrent, MAX_WAIT);
  }

  HashingGate(int concurrent, Duration maxWait) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("taskguard.password.max-concurrent must be at least 1");
    }
    this.permits = new Semaphore(concurrent, true);
    this.maxWait = maxWait;
  }

  <T> T run(Supplier<T> hashing) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DomainException.Throttled(Duration.ofSeconds(1));
    }
    if (!acquired) {
      throw new DomainException.Throttled(Duration.ofSeconds(1));
    }
    try {
      return hashing.get();
    } finally {
      permits.release();
    }
  }
}
