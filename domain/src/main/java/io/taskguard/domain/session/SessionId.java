package io.taskguard.domain.session;

import io.taskguard.domain.OpaqueId;
import io.taskguard.domain.user.IdentityFailure;
import java.util.UUID;

/**
 * A session's public identity (the JWT's {@code sid}, shaped as an {@link OpaqueId}); never a
 * secret, unlike its token.
 */
public record SessionId(String value) {

  public SessionId {
    if (!OpaqueId.isWellFormed(value)) {
      throw new IdentityFailure.SessionNotFound();
    }
  }

  public static SessionId random() {
    return new SessionId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
