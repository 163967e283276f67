package io.taskguard.adapter.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.application.port.in.RetentionUseCase;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

  /** Answers the batches it is given, in order, and counts the calls. */
  private static final class Batches implements RetentionUseCase {
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
}
