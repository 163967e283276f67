package io.taskguard.adapter.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.RetentionUseCase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

  /** Answers the batches it is given, in order, and counts the calls. */
  private static class Batches implements RetentionUseCase {
    final Deque<Optional<Purged>> answers;
    int calls;

    Batches(List<Optional<Purged>> answers) {
      this.answers = new ArrayDeque<>(answers);
    }

    @Override
    public Optional<Purged> purge() {
      calls++;
      return answers.isEmpty() ? Optional.empty() : answers.removeFirst();
    }
  }

  @Test
  void aRunTakesBatchesUntilOneLeavesNothingMore() {
    Batches batches =
        new Batches(
            List.of(
                Optional.of(new RetentionUseCase.Purged(5000, 0, 0, 0, 0, true)),
                Optional.of(new RetentionUseCase.Purged(5000, 0, 0, 0, 0, true)),
                Optional.of(new RetentionUseCase.Purged(12, 0, 0, 0, 0, false)),
                Optional.of(new RetentionUseCase.Purged(1, 0, 0, 0, 0, false))));

    new RetentionJob(batches, "PT1H").run();

    assertEquals(
        3, batches.calls, "the third batch left nothing more; the fourth is not asked for");
  }

  @Test
  void aRunStopsWhenAnotherServerTakesTheLockBetweenBatches() {
    Batches batches =
        new Batches(
            List.of(
                Optional.of(new RetentionUseCase.Purged(5000, 0, 0, 0, 0, true)),
                Optional.empty(),
                Optional.of(new RetentionUseCase.Purged(1, 0, 0, 0, 0, false))));

    new RetentionJob(batches, "PT1H").run();

    assertEquals(2, batches.calls);
  }

  @Test
  void stoppingTheApplicationEndsARestAtOnceAndStartsNoOtherBatch() throws Exception {
    CountDownLatch firstBatchDone = new CountDownLatch(1);
    Batches batches =
        new Batches(
            List.of(
                Optional.of(new RetentionUseCase.Purged(1000, 0, 0, 0, 0, true)),
                Optional.of(new RetentionUseCase.Purged(1000, 0, 0, 0, 0, true)))) {
          @Override
          public Optional<Purged> purge() {
            Optional<Purged> batch = super.purge();
            sleep(1_000); // the batch takes a second, so its rest would take two
            firstBatchDone.countDown();
            return batch;
          }
        };
    RetentionJob job = new RetentionJob(batches, "PT1H");
    Thread run = new Thread(job::run);
    run.start();
    firstBatchDone.await();

    long stopAt = System.nanoTime();
    job.stop();
    run.join(5_000);

    assertEquals(1, batches.calls, "no batch after the stop");
    assertTrue(
        System.nanoTime() - stopAt < TimeUnit.MILLISECONDS.toNanos(1_000),
        "the rest ended with the stop, not two seconds later");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
