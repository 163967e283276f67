package io.taskguard.application.port.out;

/**
 * Encrypts small secrets that the server must read back (TOTP secrets) under the operator's
 * key-encryption secret, bound to what they belong to, so a sealed value copied to another owner
 * does not open.
 */
public interface SecretSealer {

  /** Seals {@code plaintext}, bound to {@code owner}. */
  byte[] seal(String owner, byte[] plaintext);

  /**
   * Opens what {@link #seal} made for {@code owner}.
   *
   * @throws IllegalStateException when no configured key-encryption secret opens it
   */
  byte[] open(String owner, byte[] sealed);
}
