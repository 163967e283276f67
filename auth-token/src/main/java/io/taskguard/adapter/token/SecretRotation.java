package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore;
import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The operator's step after putting a new secret first in {@code TASKGUARD_SECRET}: re-encrypts
 * every stored private key under it, so the old secret can then be removed without losing a key.
 */
@ApplicationScoped
public class SecretRotation {

  private static final Logger LOG = Logger.getLogger(SecretRotation.class.getName());

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;

  /** For CDI's proxy only. */
  protected SecretRotation() {
    this.store = null;
    this.cipher = null;
  }

  @Inject
  public SecretRotation(SigningKeyStore store, SigningKeyCipher cipher) {
    this.store = store;
    this.cipher = cipher;
  }

  /**
   * Re-encrypts the private part of every key published at {@code now} under the newest secret;
   * returns how many. Runs under the store's lock, so it cannot race a rotation.
   *
   * @throws IllegalStateException if some key opens with none of the configured secrets (then
   *     nothing after it is changed, and the keys before it are already re-encrypted: running it
   *     again is safe)
   */
  public int reencryptAll(Instant now) {
    int count =
        store.underLock(
            () -> {
              int n = 0;
              for (StoredKey key : store.published(now)) {
                if (key.encryptedPrivateKey() != null) {
                  byte[] plain = cipher.decrypt(key.kid(), key.encryptedPrivateKey());
                  try {
                    store.reencrypt(key.kid(), cipher.encrypt(key.kid(), plain));
                  } finally {
                    Arrays.fill(plain, (byte) 0);
                  }
                  n++;
                }
              }
              return n;
            });
    LOG.info(() -> "Re-encrypted " + count + " signing key(s) under the newest secret");
    return count;
  }
}
