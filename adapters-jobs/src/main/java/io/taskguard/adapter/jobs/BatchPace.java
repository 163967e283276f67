package io.taskguard.adapter.jobs;

import io.taskguard.application.port.in.RetentionUseCase;
import java.time.Duration;

/**
 * How many rows the next retention batch asks for, so that a batch's transaction stays short
 * whatever PostgreSQL must read to do it: doubled after a full batch that took under half of {@link
 * #AIM}, halved after one that took longer than the aim, a quarter after one the database stopped.
 * Never below {@link #SMALLEST} nor above {@link RetentionUseCase#MAX_BATCH}.
 */
final class BatchPace {

  /** The time one batch should take: a quarter of a second. */
  static final Duration AIM = Duration.ofMillis(250);

  static final int FIRST = 100;
  static final int SMALLEST = 10;

  private int size = FIRST;

  int size() {
    return size;
  }

  /** A full batch of {@link #size()} rows took {@code batch}. */
  void took(Duration batch) {
    if (batch.compareTo(AIM) > 0) {
      size = Math.max(SMALLEST, size / 2);
    } else if (batch.compareTo(AIM.dividedBy(2)) < 0) {
      size = Math.min(RetentionUseCase.MAX_BATCH, size * 2);
    }
  }

  /** The database stopped a batch of {@link #size()} rows at its bound. */
  void stopped() {
    size = Math.max(SMALLEST, size / 4);
  }
}
