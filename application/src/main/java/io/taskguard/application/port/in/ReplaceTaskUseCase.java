package io.taskguard.application.port.in;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Replaces a task's title, description and completion at once (HTTP PUT), and its due date when one
 * is given. Applied exactly once: when another change lands in between, an unconditional
 * replacement is applied to the newer version, a conditional one fails.
 */
public interface ReplaceTaskUseCase {

  /**
   * @return the task as stored: next version, {@code updatedAt} moved forward
   * @throws TaskFailure.InvalidInput when the title or description breaks the domain's rules
   * @throws TaskFailure.TaskNotFound when the task is not in the caller's collection
   * @throws TaskFailure.StaleVersion when {@code expected} does not admit the stored version
   */
  Task replace(Command command);

  /**
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param taskId the task's number as sent (not positive: not found)
   * @param title the new title as sent (trimmed and checked by the use case)
   * @param description the new description, {@code null} for none
   * @param completed the new completion
   * @param dueDate a new due date (possibly {@code null}, clearing it), or keep: a client that does
   *     not know due dates leaves them as they are
   * @param expected the versions the change may be applied to
   */
  record Command(
      OwnedTasks tasks,
      long taskId,
      String title,
      String description,
      boolean completed,
      FieldPatch<LocalDate> dueDate,
      ExpectedVersion expected) {
    public Command {
      Objects.requireNonNull(tasks, "tasks");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(expected, "expected");
    }

    /** A replacement that keeps the due date. */
    public Command(
        OwnedTasks tasks,
        long taskId,
        String title,
        String description,
        boolean completed,
        ExpectedVersion expected) {
      this(tasks, taskId, title, description, completed, FieldPatch.keep(), expected);
    }
  }
}
