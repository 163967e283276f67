package io.taskguard.application.port.in;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes some of a task's fields (HTTP PATCH). A field that is not mentioned keeps its value; the
 * description can be cleared by setting it to {@code null}. An update that mentions no field
 * changes nothing (not even the version) and returns the task as it is.
 */
public interface UpdateTaskUseCase {

  /**
   * @return the task as stored afterwards
   * @throws TaskFailure.InvalidInput when a given title or description breaks the domain's rules
   * @throws TaskFailure.TaskNotFound when the task is not in the caller's collection
   * @throws TaskFailure.StaleVersion when {@code expected} does not admit the stored version
   */
  Task update(Command command);

  /**
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param taskId the task's number as sent (not positive: not found)
   * @param title a new title as sent, or empty to keep it
   * @param description a new description (possibly {@code null}, clearing it), or keep
   * @param completed a new completion, or empty to keep it
   * @param dueDate a new due date (possibly {@code null}, clearing it), or keep
   * @param expected the versions the change may be applied to
   */
  record Command(
      OwnedTasks tasks,
      long taskId,
      Optional<String> title,
      FieldPatch<String> description,
      Optional<Boolean> completed,
      FieldPatch<LocalDate> dueDate,
      ExpectedVersion expected) {
    public Command {
      Objects.requireNonNull(tasks, "tasks");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(completed, "completed");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(expected, "expected");
    }

    /** An update that keeps the due date. */
    public Command(
        OwnedTasks tasks,
        long taskId,
        Optional<String> title,
        FieldPatch<String> description,
        Optional<Boolean> completed,
        ExpectedVersion expected) {
      this(tasks, taskId, title, description, completed, FieldPatch.keep(), expected);
    }

    /** Whether the update mentions no field at all. */
    public boolean changesNothing() {
      return title.isEmpty()
          && !description.isPresent()
          && completed.isEmpty()
          && !dueDate.isPresent();
    }
  }
}
