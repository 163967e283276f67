package io.taskguard.application.service;

import io.taskguard.application.port.out.TaskCursor;
import io.taskguard.application.port.out.TaskSort;
import io.taskguard.domain.task.Task;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where a page that ends at a task ends, in the form {@link TaskCursor} documents: the sort key of
 * that task (an instant in epoch microseconds, or the title) and its id.
 */
final class TaskCursors {

  private TaskCursors() {}

  static TaskCursor after(Task last, TaskSort sort) {
    String key =
        switch (sort) {
          case OLDEST_CREATED, NEWEST_CREATED -> Long.toString(epochMicros(last.createdAt()));
          case OLDEST_UPDATED, NEWEST_UPDATED -> Long.toString(epochMicros(last.updatedAt()));
          case TITLE -> last.title().value();
          case DUE ->
              last.dueDate() == null ? TaskCursor.NO_DUE_DATE : last.dueDate().value().toString();
        };
    return new TaskCursor(key, last.id().value());
  }

  static long epochMicros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }
}
