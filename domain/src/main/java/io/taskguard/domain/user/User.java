package io.taskguard.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * An account: who a person is to taskguard. The password hash lives in its own credential; {@code
 * twoFactorEnabled} says whether sign-in also asks for a second factor.
 */
public record User(
    UserId id,
    Email email,
    String name,
    boolean emailVerified,
    String image,
    Instant createdAt,
    Instant updatedAt,
    boolean twoFactorEnabled) {

  /** A user without a second factor. */
  public User(
      UserId id,
      Email email,
      String name,
      boolean emailVerified,
      String image,
      Instant createdAt,
      Instant updatedAt) {
    this(id, email, name, emailVerified, image, createdAt, updatedAt, false);
  }

  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** This user with two-factor turned on or off. */
  public User withTwoFactor(boolean on) {
    return new User(id, email, name, emailVerified, image, createdAt, updatedAt, on);
  }
}
