package io.taskguard.adapter.rest.task;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.TaskFailure;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Whether the path names the caller's own collection. The caller is the {@link VerifiedCaller} that
 * {@link TaskApiGate} put in the request's security context. The resource asks this before it looks
 * at anything else of the request, so that naming another user's collection is refused (403) before
 * the task id, the query or the body are judged.
 */
final class Callers {

  private Callers() {}

  /**
   * @throws TaskFailure.NotAuthenticated when the request did not pass the gate
   * @throws TaskFailure.NotOwner when {@code pathUser} is not the caller's id
   */
  static OwnedTasks owning(SecurityContext security, String pathUser) {
    if (!(security.getUserPrincipal() instanceof VerifiedCaller caller)) {
      throw new TaskFailure.NotAuthenticated();
    }
    return OwnershipPolicy.collectionOf(caller.user(), pathUser);
  }
}
