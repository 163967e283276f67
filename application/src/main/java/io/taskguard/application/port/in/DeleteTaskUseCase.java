package io.taskguard.application.port.in;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.TaskFailure;
import java.util.Objects;

/** Removes a task from the caller's own collection; its id is never given out again. */
public interface DeleteTaskUseCase {

  /**
   * @throws TaskFailure.TaskNotFound when the task is not in the caller's collection
   * @throws TaskFailure.StaleVersion when {@code expected} does not admit the stored version
   */
  void delete(Command command);

  /**
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param taskId the task's number as sent (not positive: not found)
   * @param expected the versions the removal may be applied to
   */
  record Command(OwnedTasks tasks, long taskId, ExpectedVersion expected) {
    public Command {
      Objects.requireNonNull(tasks, "tasks");
      Objects.requireNonNull(expected, "expected");
    }
  }
}
