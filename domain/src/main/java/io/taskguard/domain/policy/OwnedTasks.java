package io.taskguard.domain.policy;

import io.taskguard.domain.task.Task;
import io.taskguard.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * One user's own task collection, in the hands of that user. Only {@link
 * OwnershipPolicy#collectionOf(UserId, String)} makes one, after deciding that the caller owns the
 * collection the request names; the task use cases take one, so none of them can act on a
 * collection whose ownership was not decided, and none decides it again.
 */
public final class OwnedTasks {

  private final UserId owner;

  OwnedTasks(UserId owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
  }

  /** Whose collection it is: the caller's own id. */
  public UserId owner() {
    return owner;
  }

  /**
   * The task if it is in this collection.
   *
   * @throws TaskFailure.TaskNotFound when it is missing or another's
   */
  public Task visible(Optional<Task> found) {
    return OwnershipPolicy.visibleTo(owner, found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OwnedTasks tasks && tasks.owner.equals(owner);
  }

  @Override
  public int hashCode() {
    return owner.hashCode();
  }

  @Override
  public String toString() {
    return "OwnedTasks[" + owner.value() + "]";
  }
}
