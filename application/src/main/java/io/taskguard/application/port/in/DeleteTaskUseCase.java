package io.taskguard.application.port.in;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.UserId;
import java.util.Objects;

/** Removes a task from the caller's own collection; its id is never given out again. */
public interface DeleteTaskUseCase {

  /**
   * @throws DomainException.NotOwner when the path names another user's collection (checked first)
   * @throws DomainException.TaskNotFound when the task is not in the caller's collection
   * @throws DomainException.StaleVersion when {@code expected} does not admit the stored version
   */
  void delete(Command command);

  /**
   * @param caller the authenticated subject
   * @param pathUser the collection the request names, as sent
   * @param taskId the task's number as sent (not positive: not found)
   * @param expected the versions the removal may be applied to
   */
  record Command(UserId caller, String pathUser, long taskId, ExpectedVersion expected) {
    public Command {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(pathUser, "pathUser");
      Objects.requireNonNull(expected, "expected");
    }
  }
}
