package io.taskguard.domain.task;

import java.time.LocalDate;

/**
 * The day a task is due, without a time or a zone: whether it is overdue depends on the day where
 * its owner is, which only the owner's client knows. Years 1 to 9999, the four digits of the wire.
 */
public record DueDate(LocalDate value) {

  public static final LocalDate FIRST = LocalDate.of(1, 1, 1);
  public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  public DueDate {
    if (value == null) {
      throw new IllegalArgumentException("use DueDate.of(null) for no due date");
    }
    if (value.isBefore(FIRST) || value.isAfter(LAST)) {
      throw new TaskFailure.InvalidInput(TaskFailure.InvalidInput.Rule.DUE_DATE_OUT_OF_RANGE);
    }
  }

  /** The due date, or {@code null} when there is none. */
  public static DueDate of(LocalDate value) {
    return value == null ? null : new DueDate(value);
  }

  /** The day, or {@code null} when there is no due date. */
  public static LocalDate day(DueDate dueDate) {
    return dueDate == null ? null : dueDate.value();
  }
}
