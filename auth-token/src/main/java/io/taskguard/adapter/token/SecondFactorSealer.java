package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SecretSealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals second-factor secrets with the signing keys' cipher (AES-256-GCM under the key-encryption
 * secret {@code TASKGUARD_SECRET}), bound to their owner as associated data; the operator's
 * re-encrypt command re-seals them with the keys.
 */
@ApplicationScoped
public class SecondFactorSealer implements SecretSealer {

  private final SigningKeyCipher cipher;

  /** For CDI's proxy only. */
  protected SecondFactorSealer() {
    this(null);
  }

  @Inject
  public SecondFactorSealer(SigningKeyCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public byte[] seal(String owner, byte[] plaintext) {
    return cipher.encrypt(owner, plaintext);
  }

  @Override
  public byte[] open(String owner, byte[] sealed) {
    return cipher.decrypt(owner, sealed);
  }
}
