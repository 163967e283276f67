package io.taskguard.adapter.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.domain.user.IdentityFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class HashingGateTest {

  @Test
  void neverRunsMoreThanItsBoundAtOnce() throws Exception {
    HashingGate gate = new HashingGate(2, 0, false);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      results.add(
          pool.submit(
              () ->
                  gate.run(
                      () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        sleep(20);
                        running.decrementAndGet();
                        return 1;
                      })));
    }
    int done = 0;
    for (Future<Integer> result : results) {
      done += result.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertEquals(16, done);
    assertEquals(2, most.get());
  }

  @Test
  void tellsTheCallerToRetryWhenTheWaitIsTooLong() throws Exception {
    HashingGate gate = new HashingGate(1, 0, false, Duration.ofMillis(100));
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                gate.run(
                    () -> {
                      holding.countDown();
                      await(release);
                      return null;
                    }));
    holder.start();
    holding.await();

    assertThrows(IdentityFailure.Throttled.class, () -> gate.run(() -> 1));

    release.countDown();
    holder.join();
    assertEquals(1, gate.run(() -> 1));
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void hashesRunOnThreadsOfTheGivenNiceValueAndTheCallerKeepsItsOwn() {
    int callers = ThreadNiceness.currentThread();
    try (HashingGate gate = new HashingGate(1, 15, false)) {
      assertEquals(15, gate.run(ThreadNiceness::currentThread));
    }
    assertEquals(callers, ThreadNiceness.currentThread());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void withTheIdlePolicyHashesRunUnderSchedIdleAndTheCallerKeepsItsPolicy() {
    try (HashingGate gate = new HashingGate(1, 19, true)) {
      assertTrue(gate.run(ThreadNiceness::currentThreadIsIdle));
      assertEquals(19, gate.run(ThreadNiceness::currentThread));
    }
    assertFalse(ThreadNiceness.currentThreadIsIdle());
  }

  @Test
  void aFailingHashReachesTheCallerAsItself() {
    try (HashingGate gate = new HashingGate(1, 0, false)) {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  gate.run(
                      () -> {
                        throw new IllegalArgumentException("bad encoding");
                      }));
      assertEquals("bad encoding", thrown.getMessage());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
