package io.taskguard.domain.user;

/**
 * A stored password hash in its self-describing encoded form (for argon2id, the PHC string with its
 * parameters). Its {@code toString} never shows it.
 */
public record PasswordHash(String encoded) {

  public PasswordHash {
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalArgumentException("empty password hash");
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[hidden]";
  }
}
