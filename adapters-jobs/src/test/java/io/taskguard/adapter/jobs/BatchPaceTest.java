package io.taskguard.adapter.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BatchPaceTest {

  private final BatchPace pace = new BatchPace();

  @Test
  void aBatchWellInsideTheAimDoublesTheNextUpToTheLargest() {
    pace.took(Duration.ofMillis(10));
    assertEquals(200, pace.size());
    for (int i = 0; i < 10; i++) {
      pace.took(Duration.ofMillis(10));
    }
    assertEquals(1000, pace.size());
  }

  @Test
  void aBatchNearTheAimKeepsTheSize() {
    pace.took(BatchPace.AIM.dividedBy(2));
    pace.took(BatchPace.AIM);
    assertEquals(100, pace.size());
  }

  @Test
  void aBatchOverTheAimHalvesTheNextDownToTheSmallest() {
    pace.took(BatchPace.AIM.plusMillis(1));
    assertEquals(50, pace.size());
    for (int i = 0; i < 10; i++) {
      pace.took(Duration.ofSeconds(6));
    }
    assertEquals(BatchPace.SMALLEST, pace.size());
  }

  @Test
  void aStoppedBatchQuartersTheNext() {
    pace.stopped();
    assertEquals(25, pace.size());
    pace.stopped();
    assertEquals(BatchPace.SMALLEST, pace.size());
  }
}
