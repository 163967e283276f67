package io.taskguard.domain.user;

import java.time.Instant;
import java.util.Objects;

/** An account: who a person is to taskguard. The password hash lives in its own credential. */
public record User(
    UserId id,
    Email email,
    String name,
    boolean emailVerified,
    String image,
    Instant createdAt,
    Instant updatedAt) {

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
