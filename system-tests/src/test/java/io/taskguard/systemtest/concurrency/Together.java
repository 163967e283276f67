package io.taskguard.systemtest.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls on a thread each, all held at one latch until every thread is ready, so that the
 * requests really start together; returns their results in the order of the calls.
 */
final class Together {

  private Together() {}

  static <T> List<T> run(List<Callable<T>> calls, int timeoutSeconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> running = new ArrayList<>();
      for (Callable<T> call : calls) {
        running.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return call.call();
                }));
      }
      if (!ready.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("threads did not start");
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> result : running) {
        results.add(result.get(timeoutSeconds, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
