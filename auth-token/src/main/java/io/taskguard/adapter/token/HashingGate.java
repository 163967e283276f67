package io.taskguard.adapter.token;

import io.taskguard.domain.user.IdentityFailure;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs password hashes on a pool of its own: at most {@code concurrent} at once, on threads that
 * run at a low operating-system priority ({@link ThreadNiceness}). Each argon2id hash takes 19 MiB
 * and a core for tens of milliseconds; a flood of sign-ins waits its turn (and, past {@link
 * #MAX_WAIT}, is told to retry), and whenever the task API wants the cores it gets them first,
 * while an idle server still gives every core to hashing.
 */
final class HashingGate implements AutoCloseable {

  static final Duration MAX_WAIT = Duration.ofSeconds(10);

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ThreadPoolExecutor pool;
  private final Duration maxWait;

  HashingGate(int concurrent, int niceness, boolean idlePolicy) {
    this(concurrent, niceness, idlePolicy, MAX_WAIT);
  }

  HashingGate(int concurrent, int niceness, boolean idlePolicy, Duration maxWait) {
    if (concurrent < 1) {
      throw new IllegalArgumentException("taskguard.password.max-concurrent must be at least 1");
    }
    String prefix = "taskguard-hashing-" + POOLS.incrementAndGet() + "-";
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            concurrent,
            concurrent,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            work -> {
              Thread thread =
                  new Thread(
                      () -> {
                        ThreadNiceness.lowerCurrentThread(niceness);
                        if (idlePolicy) {
                          ThreadNiceness.idleCurrentThread();
                        }
                        work.run();
                      },
                      prefix + threads.incrementAndGet());
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
    this.maxWait = maxWait;
  }

  /** Runs {@code hashing} on the pool and returns its result; 429 if it cannot start in time. */
  <T> T run(Supplier<T> hashing) {
    FutureTask<T> task = new FutureTask<>(hashing::get);
    pool.execute(task);
    try {
      try {
        return task.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException waitedTooLong) {
        if (pool.remove(task)) {
          throw new IdentityFailure.Throttled(Duration.ofSeconds(1));
        }
        return task.get(); // it started just now: a hash takes milliseconds
      }
    } catch (InterruptedException e) {
      task.cancel(false);
      Thread.currentThread().interrupt();
      throw new IdentityFailure.Throttled(Duration.ofSeconds(1));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("password hashing failed", e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
