package io.taskguard.application.port.out;

import java.util.Objects;

/**
 * Where a page ended: the sort key of its last task (an instant as epoch microseconds, a title, or
 * a due day as {@code YYYY-MM-DD}, {@link #NO_DUE_DATE} for none) and that task's id. The next page
 * starts strictly after it, so inserts never shift pages.
 */
public record TaskCursor(String sortKey, long taskId) {

  /** The due-date sort key of a task without a due date, which sorts after every date. */
  public static final String NO_DUE_DATE = "none";

  public TaskCursor {
    Objects.requireNonNull(sortKey, "sortKey");
  }
}
