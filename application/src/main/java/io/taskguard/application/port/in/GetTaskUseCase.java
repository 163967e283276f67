package io.taskguard.application.port.in;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.util.Objects;

/** Reads one task of the caller's own collection. */
public interface GetTaskUseCase {

  /**
   * @throws TaskFailure.TaskNotFound when the task is not in the caller's collection, whether it
   *     belongs to someone else or does not exist
   */
  Task get(Command command);

  /**
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param taskId the task's number as sent (not positive: not found)
   */
  record Command(OwnedTasks tasks, long taskId) {
    public Command {
      Objects.requireNonNull(tasks, "tasks");
    }
  }
}
