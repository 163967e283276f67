package io.taskguard.domain.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Backoff HALF_MINUTE_TO_HOUR =
      new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void doublesFromTheFirstWaitUpToTheLongest() {
    assertEquals(Duration.ofSeconds(30), HALF_MINUTE_TO_HOUR.delay(0));
    assertEquals(Duration.ofSeconds(60), HALF_MINUTE_TO_HOUR.delay(1));
    assertEquals(Duration.ofSeconds(1920), HALF_MINUTE_TO_HOUR.delay(6));
    assertEquals(Duration.ofHours(1), HALF_MINUTE_TO_HOUR.delay(7));
    assertEquals(Duration.ofHours(1), HALF_MINUTE_TO_HOUR.delay(Integer.MAX_VALUE));
  }

  @Test
  void aFixedWaitStaysFixed() {
    Backoff fixed = new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(5));
    assertEquals(Duration.ofMinutes(5), fixed.delay(0));
    assertEquals(Duration.ofMinutes(5), fixed.delay(9));
  }

  @Test
  void refusesAFirstWaitLongerThanTheLongestANegativeOneOrANegativeStep() {
    Duration minute = Duration.ofMinutes(1);
    assertThrows(IllegalArgumentException.class, () -> new Backoff(minute, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new Backoff(minute.negated(), minute));
    assertThrows(IllegalArgumentException.class, () -> HALF_MINUTE_TO_HOUR.delay(-1));
  }
}
