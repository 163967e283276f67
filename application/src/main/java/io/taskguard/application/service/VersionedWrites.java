package io.taskguard.application.service;

import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.task.TaskId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiFunction;

/**
 * Changes and removals that hold only for the version they were decided on. The store applies a
 * write only if the task is still at the version read; when it is not (another request got there
 * first), the task is read again and the caller's expectation judged against the newer version: a
 * caller who named a version now fails with {@link TaskFailure.StaleVersion}, a caller who did not
 * has the same change applied to the newer version. A change is therefore never applied twice and
 * never lost silently. After {@link #MAX_ATTEMPTS} lost races the request fails as stale. A store
 * that locks the row read for a write (PostgreSQL does) makes writers of one task take turns, so
 * races are not lost at all there: 50 simultaneous unconditional PATCHes of one task lost 5 in a
 * row often enough to answer 412 before the lock.
 */
final class VersionedWrites {

  static final int MAX_ATTEMPTS = 5;

  private final TaskRepository tasks;
  private final Clock clock;

  VersionedWrites(TaskRepository tasks, Clock clock) {
    this.tasks = tasks;
    this.clock = clock;
  }

  /** The caller's task if {@code expected} admits its version. */
  Task current(OwnedTasks owned, TaskId id, ExpectedVersion expected) {
    return admitted(owned.visible(tasks.findById(id)), expected);
  }

  /** As {@link #current}, read for a change (locked where the store can). */
  private Task forWrite(OwnedTasks owned, TaskId id, ExpectedVersion expected) {
    return admitted(owned.visible(tasks.findByIdForWrite(id)), expected);
  }

  private static Task admitted(Task task, ExpectedVersion expected) {
    if (!expected.admits(task.version())) {
      throw new TaskFailure.StaleVersion();
    }
    return task;
  }

  /** Stores {@code edit} of the current task, at the next version and a later update time. */
  Task change(
      OwnedTasks owned, TaskId id, ExpectedVersion expected, BiFunction<Task, Instant, Task> edit) {
    for (int attempt = 1; ; attempt++) {
      Task task = forWrite(owned, id, expected);
      Task changed = edit.apply(task, nextUpdateTime(task));
      if (tasks.update(changed)) {
        return changed;
      }
      giveUpAfter(attempt);
    }
  }

  /** Removes the current task. */
  void remove(OwnedTasks owned, TaskId id, ExpectedVersion expected) {
    for (int attempt = 1; ; attempt++) {
      Task task = forWrite(owned, id, expected);
      if (tasks.remove(id, task.version())) {
        return;
      }
      giveUpAfter(attempt);
    }
  }

  private static void giveUpAfter(int attempt) {
    if (attempt >= MAX_ATTEMPTS) {
      throw new TaskFailure.StaleVersion();
    }
  }

  /**
   * Now, at the store's microsecond grain, but always after the task's last update, so that {@code
   * updatedAt} moves on every change even when the clock is coarse or steps back.
   */
  private Instant nextUpdateTime(Task task) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant last = task.updatedAt().truncatedTo(ChronoUnit.MICROS);
    return now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
  }
}
