package io.taskguard.application.port.in;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.user.UserId;
import java.util.Objects;

/** Reads one task of the caller's own collection. */
public interface GetTaskUseCase {

  /**
   * @throws DomainException.NotOwner when the path names another user's collection (checked first)
   * @throws DomainException.TaskNotFound when the task is not in the caller's collection, whether
   *     it belongs to someone else or does not exist
   */
  Task get(Command command);

  /**
   * @param caller the authenticated subject
   * @param pathUser the collection the request names, as sent
   * @param taskId the task's number as sent (not positive: not found)
   */
  record Command(UserId caller, String pathUser, long taskId) {
    public Command {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(pathUser, "pathUser");
    }
  }
}
