package io.taskguard.domain.policy;

import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.UserId;
import java.util.Optional;

/**
 * Who may touch which tasks. A caller works only in their own collection: naming another user's
 * collection is refused outright (before anything is read), and a task outside the caller's
 * collection is reported as missing, so its existence is never revealed.
 */
public final class OwnershipPolicy {

  private OwnershipPolicy() {}

  /**
   * The collection the caller may act on: the one place ownership of a collection is decided.
   *
   * @param caller the authenticated subject
   * @param pathUser the user id the request names, as sent
   * @throws TaskFailure.NotOwner when they differ
   */
  public static OwnedTasks collectionOf(UserId caller, String pathUser) {
    if (caller == null || pathUser == null || !caller.value().equals(pathUser)) {
      throw new TaskFailure.NotOwner();
    }
    return new OwnedTasks(caller);
  }

  /**
   * The task if it is in the caller's collection.
   *
   * @throws TaskFailure.TaskNotFound when it is missing or belongs to someone else
   */
  public static Task visibleTo(UserId caller, Optional<Task> found) {
    return found
        .filter(task -> task.owner().equals(caller))
        .orElseThrow(TaskFailure.TaskNotFound::new);
  }
}
