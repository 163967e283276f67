package io.taskguard.application.port.out;

import io.taskguard.domain.user.PasswordHash;

/** One-way password hashing (argon2id); the hash carries its own parameters. */
public interface PasswordHasher {

  PasswordHash hash(String password);

  /** Whether {@code password} matches; runs in time independent of where they differ. */
  boolean matches(String password, PasswordHash hash);

  /** Whether {@code hash} was made with weaker parameters than the current ones. */
  boolean needsRehash(PasswordHash hash);

  /**
   * Spends the same work as {@link #matches} on a hash of no one's, so that an unknown email takes
   * as long to refuse as a wrong password.
   */
  void matchNobody(String password);
}
