package io.taskguard.domain.user;

import java.util.Objects;

/** A user together with the credential that proves who they are. */
public record Account(User user, PasswordHash passwordHash) {

  public Account {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordHash, "passwordHash");
  }
}
