package io.taskguard.application.port.in;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import java.time.LocalDate;
import java.util.Objects;

/** Adds a task, not completed, to the caller's own collection. */
public interface CreateTaskUseCase {

  /**
   * @return the stored task, with its new id, at version 0
   * @throws TaskFailure.InvalidInput when the title or description breaks the domain's rules
   */
  Task create(Command command);

  /**
   * A new task as the caller sent it. Ownership is decided before the command can be made, so
   * naming another collection is refused before any input is judged; the title and description are
   * checked by the use case.
   *
   * @param tasks the caller's own collection (ownership decided by {@code OwnershipPolicy})
   * @param title the title as sent (trimmed and checked by the use case)
   * @param description the description, or {@code null} for none
   * @param dueDate the day it is due, or {@code null} for none
   */
  record Command(OwnedTasks tasks, String title, String description, LocalDate dueDate) {
    public Command {
      Objects.requireNonNull(tasks, "tasks");
    }

    /** A task without a due date. */
    public Command(OwnedTasks tasks, String title, String description) {
      this(tasks, title, description, null);
    }
  }
}
