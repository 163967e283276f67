package io.taskguard.adapter.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.RetentionUseCase;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

  /** A batch the database stopped at its bound. */
  private static final Optional<RetentionUseCase.Purged> STOPPED =
      Optional.of(new RetentionUseCase.Purged(-1, -1, -1, -1, -1, true));

  /**
   * Answers the batches it is given, in order ({@link #STOPPED}: throws {@link TooSlow}), counts
   * the calls and records the sizes asked for.
   */
  private static class Batches implements RetentionUseCase {
    final Deque<Optional<Purged>> answers;
    final List<Integer> sizes = new ArrayList<>();
    int calls;

    Batches(List<Optional<Purged>> answers) {
      this.answers = new ArrayDeque<>(answers);
    }

    @Override
    public Optional<Purged> purge(int limit) {
      calls++;
      sizes.add(limit);
      if (answers.isEmpty()) {
        return Optional.empty();
      }
      Optional<Purged> answer = answers.removeFirst();
      if (answer == STOPPED) {
        throw new TooSlow(
            new IllegalStateException("canceling statement due to statement timeout"));
      }
      return answer;
    }
  }

  /**
   * Two full batches, each taking a second (so its rest takes two), running {@code begun} as one
   * begins and {@code ended} as it ends.
   */
  private static Batches twoFullBatchesOfASecond(Runnable begun, Runnable ended) {
    return new Batches(
        List.of(
            Optional.of(new RetentionUseCase.Purged(1000, 0, 0, 0, 0, true)),
            Optional.of(new RetentionUseCase.Purged(1000, 0, 0, 0, 0, true)))) {
      @Override
      public Optional<Purged> purge(int limit) {
        begun.run();
        sleep(1_000);
        Optional<Purged> batch = super.purge(limit);
        ended.run();
        return batch;
      }
    };
  }

  /** Rests recorded, each next batch taken at once. */
  private static class AtOnce implements RetentionJob.Later {
    final List<Duration> rests = new ArrayList<>();

    @Override
    public ScheduledFuture<?> after(Duration rest, Runnable batch) {
      rests.add(rest);
      batch.run();
      return null;
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

    AtOnce later = new AtOnce();
    new RetentionJob(batches, "PT1H").run(later);

    assertEquals(
        3, batches.calls, "the third batch left nothing more; the fourth is not asked for");
    assertEquals(2, later.rests.size(), "a rest after each full batch, as the next one's delay");
  }

  @Test
  void aRunStopsWhenAnotherServerTakesTheLockBetweenBatches() {
    Batches batches =
        new Batches(
            List.of(
                Optional.of(new RetentionUseCase.Purged(5000, 0, 0, 0, 0, true)),
                Optional.empty(),
                Optional.of(new RetentionUseCase.Purged(1, 0, 0, 0, 0, false))));

    new RetentionJob(batches, "PT1H").run(new AtOnce());

    assertEquals(2, batches.calls);
  }

  @Test
  void noThreadWaitsOutARestAndStoppingTheApplicationCancelsTheNextBatch() throws Exception {
    CountDownLatch firstBatchDone = new CountDownLatch(1);
    Batches batches = twoFullBatchesOfASecond(() -> {}, firstBatchDone::countDown);
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      RetentionJob job = new RetentionJob(batches, "PT1H");
      Thread run =
          new Thread(
              () ->
                  job.run(
                      (rest, batch) ->
                          scheduler.schedule(batch, rest.toMillis(), TimeUnit.MILLISECONDS)));
      run.start();
      firstBatchDone.await();
      long batchDone = System.nanoTime();
      run.join(5_000);

      assertFalse(run.isAlive());
      assertTrue(
          System.nanoTime() - batchDone < TimeUnit.MILLISECONDS.toNanos(1_000),
          "the run's thread ended with its batch, not after the two seconds of rest");
      job.stop();
      Thread.sleep(2_500);
      assertEquals(1, batches.calls, "no batch after the stop");
    } finally {
      scheduler.shutdownNow();
    }
  }

  @Test
  void aStopWaitsForTheBatchInFlightAndNoMoreFollow() throws Exception {
    CountDownLatch batchBegun = new CountDownLatch(1);
    List<Long> batchEnded = Collections.synchronizedList(new ArrayList<>());
    Batches batches =
        twoFullBatchesOfASecond(batchBegun::countDown, () -> batchEnded.add(System.nanoTime()));
    RetentionJob job = new RetentionJob(batches, "PT1H");
    Thread run = new Thread(() -> job.run(new AtOnce()));
    run.start();
    batchBegun.await();

    job.stop();
    long stopped = System.nanoTime();
    run.join(5_000);

    assertEquals(1, batchEnded.size(), "the batch in flight finished, and no other began");
    assertTrue(batchEnded.get(0) <= stopped, "the stop returned before the batch had finished");
    assertEquals(1, batches.calls);
  }

  @Test
  void quickFullBatchesGrowToTheLargestAndAStoppedBatchIsFollowedByASmallerOne() {
    Optional<RetentionUseCase.Purged> full =
        Optional.of(new RetentionUseCase.Purged(1, 0, 0, 0, 0, true));
    Batches batches =
        new Batches(
            Arrays.asList(
                full,
                full,
                full,
                full,
                full,
                STOPPED,
                full,
                STOPPED,
                STOPPED,
                full,
                Optional.of(new RetentionUseCase.Purged(1, 0, 0, 0, 0, false))));

    new RetentionJob(batches, "PT1H").run(new AtOnce());

    assertEquals(
        List.of(100, 200, 400, 800, 1000, 1000, 250, 500, 125, 31, 62),
        batches.sizes,
        "a stopped batch is not the end of the run: the next one asks for a quarter");
  }

  @Test
  void aRunEndsAfterFiveStoppedBatchesInARowWithoutTheSmallestGoingBelowTen() {
    Batches batches = new Batches(Collections.nCopies(10, STOPPED));

    new RetentionJob(batches, "PT1H").run(new AtOnce());

    assertEquals(List.of(100, 25, 10, 10, 10), batches.sizes);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
