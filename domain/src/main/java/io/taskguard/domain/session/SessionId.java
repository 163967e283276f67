package io.taskguard.domain.session;

import io.taskguard.domain.DomainException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A session's public identity (the JWT's {@code sid}); never a secret, unlike its token. */
public record SessionId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public SessionId {
    if (value == null || !SHAPE.matcher(value).matches()) {
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
