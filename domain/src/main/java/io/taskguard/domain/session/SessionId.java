package io.taskguard.domain.session;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.OpaqueId;
import java.util.UUID;

/**
 * A session's public identity (the JWT's {@code sid}, shaped as an {@link OpaqueId}); never a
 * secret, unlike its token.
 */
public record SessionId(String value) {

  public SessionId {
    if (!OpaqueId.isWellFormed(value)) {
      throw new DomainException.SessionNotFound();
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
