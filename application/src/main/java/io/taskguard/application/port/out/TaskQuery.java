package io.taskguard.application.port.out;

import java.util.Objects;
import java.util.Optional;

/**
 * Which of a user's tasks to list and in what order: an optional completion filter, an optional
 * title search, a sort order, and a page (at most {@code limit} tasks after {@code after}).
 */
public record TaskQuery(
    Optional<Boolean> completed,
    Optional<String> titleContains,
    TaskSort sort,
    int limit,
    Optional<TaskCursor> after) {

  /** The most tasks one query returns; a plain list of a user's tasks is capped here too. */
  public static final int MAX_LIMIT = 10_000;

  public TaskQuery {
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(titleContains, "titleContains");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(after, "after");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit out of range: " + limit);
    }
  }

  /** All of a user's tasks, newest first: what the old contract's plain GET returns. */
  public static TaskQuery all() {
    return new TaskQuery(
        Optional.empty(), Optional.empty(), TaskSort.NEWEST_CREATED, MAX_LIMIT, Optional.empty());
  }
}
