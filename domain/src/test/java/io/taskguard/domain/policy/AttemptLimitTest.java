package io.taskguard.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptLimitTest {

  static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  static final AttemptLimit SIGN_IN =
      new AttemptLimit(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));

  @Test
  void attemptsBeforeTheLimitBlockNothing() {
    for (int counted = 0; counted < 5; counted++) {
      assertEquals(Optional.empty(), SIGN_IN.blockedUntil(counted, NOW));
      assertEquals(Duration.ZERO, SIGN_IN.backoff(counted));
    }
  }

  @Test
  void theLimitingAttemptWaitsTheFirstBackoffAndEachFurtherOneDoublesIt() {
    assertEquals(Optional.of(NOW.plusSeconds(30)), SIGN_IN.blockedUntil(5, NOW));
    assertEquals(Duration.ofSeconds(60), SIGN_IN.backoff(6));
    assertEquals(Duration.ofSeconds(120), SIGN_IN.backoff(7));
    assertEquals(Duration.ofSeconds(480), SIGN_IN.backoff(9));
  }

  @Test
  void theBackoffStopsGrowingAtItsLongest() {
    assertEquals(Duration.ofMinutes(15), SIGN_IN.backoff(10));
    assertEquals(Duration.ofMinutes(15), SIGN_IN.backoff(1_000_000));
  }

  @Test
  void aQuotaAllowsItsAttemptsThenWaitsOneWindow() {
    AttemptLimit signUps = AttemptLimit.quota(11, Duration.ofHours(1));
    assertEquals(Optional.empty(), signUps.blockedUntil(10, NOW));
    assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), signUps.blockedUntil(11, NOW));
    assertEquals(Duration.ofHours(1), signUps.backoff(50));
  }

  @Test
  void remainingIsTheWaitLeftOfABlockStillRunning() {
    assertEquals(
        Optional.of(Duration.ofSeconds(12)), AttemptLimit.remaining(NOW.plusSeconds(12), NOW));
    assertEquals(Optional.empty(), AttemptLimit.remaining(NOW, NOW));
    assertEquals(Optional.empty(), AttemptLimit.remaining(NOW.minusSeconds(1), NOW));
    assertEquals(Optional.empty(), AttemptLimit.remaining(null, NOW));
  }

  @Test
  void aLimitThatCouldNeverBlockOrUnblockIsRefused() {
    Duration minute = Duration.ofMinutes(1);
    assertThrows(IllegalArgumentException.class, () -> new AttemptLimit(0, minute, minute, minute));
    assertThrows(
        IllegalArgumentException.class, () -> new AttemptLimit(1, Duration.ZERO, minute, minute));
    assertThrows(
        IllegalArgumentException.class,
        () -> new AttemptLimit(1, minute, minute, Duration.ofSeconds(1)));
  }
}
