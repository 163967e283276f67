package io.taskguard.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Where signing keys are kept, shared by every server. The private part arrives already encrypted;
 * the store never sees it in the clear.
 */
public interface SigningKeyStore {

  /** A stored key: its id, public JWK (JSON), encrypted private key, and lifetime. */
  record StoredKey(
      String kid,
      String publicJwk,
      byte[] encryptedPrivateKey,
      Instant createdAt,
      Instant signsUntil,
      Instant publishedUntil) {}

  /** Keys still published at {@code now}, newest first. */
  List<StoredKey> published(Instant now);

  void add(StoredKey key);

  /** Ends signing with every key created before {@code createdBefore} at {@code now}. */
  void stopSigningBefore(Instant createdBefore, Instant now);

  /**
   * Ends signing with and publication of key {@code kid} at {@code now}; false when no key of that
   * id is published at {@code now}.
   */
  boolean withdraw(String kid, Instant now);

  /** Replaces encrypted private parts (re-encryption under a new secret). */
  void reencrypt(String kid, byte[] encryptedPrivateKey);

  /**
   * Runs {@code work} while holding a lock shared by every server, so only one of them creates or
   * rotates keys at a time.
   */
  <T> T underLock(java.util.function.Supplier<T> work);
}
