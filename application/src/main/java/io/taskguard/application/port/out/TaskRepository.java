package io.taskguard.application.port.out;

import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where tasks are kept. Ids are assigned here and never reused. */
public interface TaskRepository {

  /** Stores a new, not completed task at version 0 and returns it with its id. */
  Task add(UserId owner, Title title, Description description, DueDate dueDate, Instant now);

  /** As {@link #add(UserId, Title, Description, DueDate, Instant)}, without a due date. */
  default Task add(UserId owner, Title title, Description description, Instant now) {
    return add(owner, title, description, null, now);
  }

  Optional<Task> findById(TaskId id);

  /**
   * As {@link #findById}, read to be changed in the current transaction: a store that can lock the
   * row does, so that concurrent writers of one task take turns instead of losing races to each
   * other (an unconditional write then never fails as stale). By default, no lock.
   */
  default Optional<Task> findByIdForWrite(TaskId id) {
    return findById(id);
  }

  /** The owner's tasks that match the query, in its order, at most {@code query.limit()}. */
  List<Task> list(UserId owner, TaskQuery query);

  /**
   * How many of the owner's tasks match the query's filters, whatever its sort, cursor and limit.
   */
  long count(UserId owner, TaskQuery query);

  /**
   * Stores {@code changed} if the stored task is still at {@code changed.version() - 1}.
   *
   * @return false when the task is gone or was changed in between
   */
  boolean update(Task changed);

  /** Removes the task if it is still at {@code version}; returns whether it did. */
  boolean remove(TaskId id, long version);
}
