package io.taskguard.adapter.rest.task;

import io.taskguard.application.port.out.TaskSort;
import java.util.Map;
import java.util.Optional;

/** The wire names of the sort orders: {@code created}, {@code -created}, ..., {@code due}. */
final class SortNames {

  private static final Map<String, TaskSort> BY_NAME =
      Map.of(
          "created", TaskSort.OLDEST_CREATED,
          "-created", TaskSort.NEWEST_CREATED,
          "updated", TaskSort.OLDEST_UPDATED,
          "-updated", TaskSort.NEWEST_UPDATED,
          "title", TaskSort.TITLE,
          "due", TaskSort.DUE);

  private SortNames() {}

  static Optional<TaskSort> parse(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  static String name(TaskSort sort) {
    return switch (sort) {
      case OLDEST_CREATED -> "created";
      case NEWEST_CREATED -> "-created";
      case OLDEST_UPDATED -> "updated";
      case NEWEST_UPDATED -> "-updated";
      case TITLE -> "title";
      case DUE -> "due";
    };
  }
}
