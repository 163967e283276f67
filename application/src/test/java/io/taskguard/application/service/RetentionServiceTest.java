package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.config.RetentionAges;
import io.taskguard.application.port.in.RetentionUseCase.Purged;
import io.taskguard.application.port.out.RecordPurge;
import java.time.Clock;
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

    @Override
    public boolean lockForThisTransaction() {
      return lockFree;
    }

    @Override
    public int sessionsEndedBefore(Instant before) {
      asked.add("sessions " + before);
      return 1;
    }

    @Override
    public int tokensDoneBefore(Instant before) {
      asked.add("tokens " + before);
      return 2;
    }

    @Override
    public int throttleIdleSince(Instant before) {
      asked.add("throttle " + before);
      return 3;
    }

    @Override
    public int mailDoneBefore(Instant before) {
      asked.add("mail " + before);
      return 4;
    }

    @Override
    public int auditBefore(Instant before) {
      asked.add("audit " + before);
      return 5;
    }
  }

  private final Purge purge = new Purge();
  private final RetentionService retention =
      new RetentionService(purge, RetentionAges.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void removesEachKindOlderThanItsAge() {
    assertEquals(new Purged(1, 2, 3, 4, 5), retention.purge().orElseThrow());
    assertEquals(
        List.of(
            "sessions 2026-05-25T10:00:00Z",
            "tokens 2026-05-25T10:00:00Z",
            "throttle 2026-05-31T10:00:00Z",
            "mail 2026-05-25T10:00:00Z",
            "audit 2025-06-01T10:00:00Z"),
        purge.asked);
  }

  @Test
  void doesNothingWhileAnotherServerPurges() {
    purge.lockFree = false;

    assertTrue(retention.purge().isEmpty());
    assertTrue(purge.asked.isEmpty());
  }
}
