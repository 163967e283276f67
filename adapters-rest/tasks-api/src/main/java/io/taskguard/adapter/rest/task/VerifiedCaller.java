package io.taskguard.adapter.rest.task;

import io.taskguard.domain.user.UserId;
import java.security.Principal;
import java.util.Set;

/**
 * The caller of a task API request once {@link TaskApiGate} has let it through: a token MP-JWT
 * verified, shaped and sent as taskguard's own, signed by a trusted key, of a live session, with
 * the {@code user} role. The gate puts it in the request's security context; {@link Callers} reads
 * it there, so nothing after the gate looks at the token again.
 *
 * @param user the token's subject ({@code sub}), a well-formed user id
 * @param sessionId the token's session ({@code sid})
 * @param roles the token's {@code groups}
 */
record VerifiedCaller(UserId user, String sessionId, Set<String> roles) implements Principal {

  @Override
  public String getName() {
    return user.value();
  }
}
