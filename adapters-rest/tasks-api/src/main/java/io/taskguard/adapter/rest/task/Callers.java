package io.taskguard.adapter.rest.task;

import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.task.TaskFailure;
import io.taskguard.domain.user.UserId;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified JWT's subject ({@code sub}, never the principal name, which
 * Liberty derives from {@code upn} first), and whether the path names their own collection. The
 * resource asks this before it looks at anything else of the request, so that naming another user's
 * collection is refused (403) before the task id, the query or the body are judged.
 */
final class Callers {

  private Callers() {}

  /** The caller of a request MP-JWT authenticated: its principal is the verified token. */
  static OwnedTasks owning(SecurityContext security, String pathUser) {
    return owning(
        security.getUserPrincipal() instanceof JsonWebToken token ? token : null, pathUser);
  }

  /**
   * @throws TaskFailure.NotAuthenticated when there is no token or its subject is no user id
   * @throws TaskFailure.NotOwner when {@code pathUser} is not the caller's id
   */
  static OwnedTasks owning(JsonWebToken token, String pathUser) {
    String subject = token == null ? null : token.getSubject();
    if (!UserId.isWellFormed(subject)) {
      throw new TaskFailure.NotAuthenticated();
    }
    return OwnershipPolicy.collectionOf(new UserId(subject), pathUser);
  }
}
