package io.taskguard.application.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a user's tasks to list and in what order: an optional completion filter, an optional
 * search of the title and the description, an optional "due before" day, a sort order, and a page
 * (at most {@code limit} tasks after {@code after}).
 */
public record TaskQuery(
    Optional<Boolean> completed,
    Optional<String> textContains,
    Optional<LocalDate> dueBefore,
    TaskSort sort,
    int limit,
    Optional<TaskCursor> after) {

  /** The largest page a client may ask for; the plain, unpaged list has no limit. */
  public static final int MAX_PAGE = 100;

  /** A query without a due-date filter. */
  public TaskQuery(
      Optional<Boolean> completed,
      Optional<String> textContains,
      TaskSort sort,
      int limit,
      Optional<TaskCursor> after) {
    this(completed, textContains, Optional.empty(), sort, limit, after);
  }

  public TaskQuery {
    Objects.requireNonNull(dueBefore, "dueBefore");
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(textContains, "textContains");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit out of range: " + limit);
    }
  }

  /** All of a user's tasks, newest first: what the old contract's plain GET returns. */
  public static TaskQuery all() {
    return new TaskQuery(
        Optional.empty(),
        Optional.empty(),
        TaskSort.NEWEST_CREATED,
        Integer.MAX_VALUE,
        Optional.empty());
  }
}
