package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.taskguard.application.fake.InMemoryThrottleStore;
import io.taskguard.application.port.out.ThrottleStore.Count;
import io.taskguard.domain.policy.AttemptLimit;
import io.taskguard.domain.user.IdentityFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Three attempts in ten minutes, then 30 s, doubling up to 2 min. */
class AttemptCounterTest {

  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final AttemptLimit LIMIT =
      new AttemptLimit(3, Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofMinutes(2));

  private final InMemoryThrottleStore store = new InMemoryThrottleStore();
  private final AttemptCounter counter = new AttemptCounter(store);

  private Optional<Duration> record(Instant at) {
    return counter.record("scope", "subject", LIMIT, at);
  }

  private void refuseIfBlocked(Instant at) {
    counter.refuseIfBlocked("scope", "subject", LIMIT, at);
  }

  @Test
  void recordBlocksExactlyWhenTheLimitSays() {
    assertEquals(Optional.empty(), record(T0));
    assertEquals(Optional.empty(), record(T0));
    assertNull(store.stored("scope", "subject").get().blockedUntil());

    assertEquals(Optional.of(Duration.ofSeconds(30)), record(T0));
    assertEquals(Optional.of(new Count(3, T0.plusSeconds(30))), store.stored("scope", "subject"));
  }

  @Test
  void eachFurtherAttemptDoublesTheBlockUpToTheLongest() {
    record(T0);
    record(T0);
    record(T0);

    assertEquals(Optional.of(Duration.ofSeconds(60)), record(T0.plusSeconds(30)));
    assertEquals(Optional.of(Duration.ofMinutes(2)), record(T0.plusSeconds(90)));
    assertEquals(Optional.of(Duration.ofMinutes(2)), record(T0.plusSeconds(210)));
    assertEquals(T0.plusSeconds(330), store.stored("scope", "subject").get().blockedUntil());
  }

  @Test
  void refuseIfBlockedThrowsWithTheRemainingWait() {
    assertDoesNotThrow(() -> refuseIfBlocked(T0));
    record(T0);
    record(T0);
    assertDoesNotThrow(() -> refuseIfBlocked(T0));
    record(T0);

    var refused =
        assertThrows(IdentityFailure.Throttled.class, () -> refuseIfBlocked(T0.plusSeconds(12)));

    assertEquals(Duration.ofSeconds(18), refused.retryAfter());
    assertDoesNotThrow(() -> refuseIfBlocked(T0.plusSeconds(30)));
  }

  @Test
  void resetForgetsTheAttemptsAndTheBlock() {
    record(T0);
    record(T0);
    record(T0);

    counter.reset("scope", "subject");

    assertEquals(Optional.empty(), store.stored("scope", "subject"));
    assertDoesNotThrow(() -> refuseIfBlocked(T0));
    assertEquals(Optional.empty(), record(T0));
    assertEquals(new Count(1, null), counter.current("scope", "subject", LIMIT, T0));
  }

  @Test
  void attemptsOutsideTheWindowNoLongerCount() {
    record(T0);
    record(T0);
    Instant later = T0.plus(LIMIT.window()).plusSeconds(1);

    assertEquals(new Count(0, null), counter.current("scope", "subject", LIMIT, later));
    assertEquals(Optional.empty(), record(later));
    assertEquals(Optional.empty(), record(later));
  }

  @Test
  void subjectsAreCountedApart() {
    record(T0);
    record(T0);
    record(T0);

    assertDoesNotThrow(() -> counter.refuseIfBlocked("scope", "other", LIMIT, T0));
    assertDoesNotThrow(() -> counter.refuseIfBlocked("other-scope", "subject", LIMIT, T0));
    assertEquals(Optional.empty(), counter.record("scope", "other", LIMIT, T0));
  }
}
