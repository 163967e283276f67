package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.config.RetentionAges;
import io.taskguard.application.port.in.RetentionUseCase;
import io.taskguard.application.port.in.RetentionUseCase.Purged;
import io.taskguard.application.port.out.RecordPurge;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  /** Records each cut-off it is asked for and answers a count per kind. */
  private static final class Purge implements RecordPurge {
    final List<String> asked = new ArrayList<>();
    boolean lockFree = true;
    int sessions = 1;
    Duration bound;
    boolean tooSlow;

    @Override
    public boolean lockForThisTransaction(Duration eachStatementAtMost) {
      bound = eachStatementAtMost;
      return lockFree;
    }

    @Override
    public int sessionsEndedBefore(Instant before, int limit) {
      asked.add("sessions " + before + " " + limit);
      if (tooSlow) {
        throw new RecordPurge.Cancelled(new IllegalStateException("canceling statement"));
      }
      return sessions;
    }

    @Override
    public int tokensDoneBefore(Instant before, int limit) {
      asked.add("tokens " + before + " " + limit);
      return 2;
    }

    @Override
    public int throttleIdleSince(Instant before, int limit) {
      asked.add("throttle " + before + " " + limit);
      return 3;
    }

    @Override
    public int mailDoneBefore(Instant before, int limit) {
      asked.add("mail " + before + " " + limit);
      return 4;
    }

    @Override
    public int auditBefore(Instant before, int limit) {
      asked.add("audit " + before + " " + limit);
      return 5;
    }
  }

  private final Purge purge = new Purge();
  private final RetentionService retention =
      new RetentionService(purge, RetentionAges.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void removesEachKindOlderThanItsAge() {
    assertEquals(
        new Purged(1, 2, 3, 4, 5, false),
        retention.purge(RetentionService.MAX_BATCH).orElseThrow());
    assertEquals(
        List.of(
            "sessions 2026-05-25T10:00:00Z 1000",
            "tokens 2026-05-25T10:00:00Z 999",
            "throttle 2026-05-31T10:00:00Z 997",
            "mail 2026-05-25T10:00:00Z 994",
            "audit 2025-06-01T10:00:00Z 990"),
        purge.asked);
  }

  @Test
  void aFullBatchAsksNoMoreOfTheOtherKindsAndAsksForAnotherBatch() {
    purge.sessions = RetentionService.MAX_BATCH;

    Purged first = retention.purge(RetentionService.MAX_BATCH).orElseThrow();

    assertTrue(first.more());
    assertEquals(List.of("sessions 2026-05-25T10:00:00Z 1000"), purge.asked);
    assertEquals(
        new Purged(RetentionService.MAX_BATCH + 1, 2, 3, 4, 5, true),
        first.after(new Purged(1, 2, 3, 4, 5, false)));
  }

  @Test
  void theBatchIsSharedByTheKindsInTurn() {
    purge.sessions = RetentionService.MAX_BATCH - 5;

    Purged first = retention.purge(RetentionService.MAX_BATCH).orElseThrow();

    assertEquals(new Purged(RetentionService.MAX_BATCH - 5, 2, 3, 0, 0, true), first);
    assertEquals(
        List.of(
            "sessions 2026-05-25T10:00:00Z 1000",
            "tokens 2026-05-25T10:00:00Z 5",
            "throttle 2026-05-31T10:00:00Z 3"),
        purge.asked);
  }

  @Test
  void doesNothingWhileAnotherServerPurges() {
    purge.lockFree = false;

    assertTrue(retention.purge(RetentionService.MAX_BATCH).isEmpty());
    assertTrue(purge.asked.isEmpty());
  }

  @Test
  void aBatchIsAsLargeAsAskedButNeverLargerThanTheMaximum() {
    retention.purge(5);
    retention.purge(1_000_000);
    retention.purge(0);

    assertEquals("sessions 2026-05-25T10:00:00Z 5", purge.asked.get(0));
    assertEquals("sessions 2026-05-25T10:00:00Z 1000", purge.asked.get(3));
    assertEquals("sessions 2026-05-25T10:00:00Z 1", purge.asked.get(8));
    assertEquals(9, purge.asked.size());
  }

  @Test
  void everyStatementOfABatchIsBoundedAndABatchStoppedByItsBoundIsTooSlow() {
    purge.tooSlow = true;

    RetentionUseCase.TooSlow failure =
        assertThrows(
            RetentionUseCase.TooSlow.class, () -> retention.purge(RetentionService.MAX_BATCH));

    assertEquals(RetentionService.STATEMENT_BOUND, purge.bound);
    assertTrue(RetentionService.STATEMENT_BOUND.toMillis() <= 500, "a batch stays under a second");
    assertSame(RecordPurge.Cancelled.class, failure.getCause().getClass());
    assertEquals(List.of("sessions 2026-05-25T10:00:00Z 1000"), purge.asked);
  }
}
