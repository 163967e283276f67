package io.taskguard.application.port.in;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.user.UserId;
import java.util.Objects;

/** Adds a task, not completed, to the caller's own collection. */
public interface CreateTaskUseCase {

  /**
   * @return the stored task, with its new id, at version 0
   * @throws DomainException.NotOwner when the path names another user's collection (checked first)
   * @throws DomainException.InvalidInput when the title or description breaks the domain's rules
   */
  Task create(Command command);

  /**
   * A new task as the caller sent it. The title and description are checked by the use case, after
   * the ownership check, so that naming another collection is refused before any input is judged.
   *
   * @param caller the authenticated subject
   * @param pathUser the collection the request names, as sent
   * @param title the title as sent (trimmed and checked by the use case)
   * @param description the description, or {@code null} for none
   */
  record Command(UserId caller, String pathUser, String title, String description) {
    public Command {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(pathUser, "pathUser");
    }
  }
}
