package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A {@link SigningKeyStore} in memory, shared by several issuers in a test as PostgreSQL is shared
 * by several servers; its lock stands for the advisory lock.
 */
final class InMemorySigningKeyStore implements SigningKeyStore {

  private final List<StoredKey> keys = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private int reads;

  @Override
  public synchronized List<StoredKey> published(Instant now) {
    reads++;
    List<StoredKey> newestFirst = new ArrayList<>();
    for (StoredKey key : keys) {
      if (now.isBefore(key.publishedUntil())) {
        newestFirst.add(0, key);
      }
    }
    newestFirst.sort(Comparator.comparing(StoredKey::createdAt).reversed());
    return List.copyOf(newestFirst);
  }

  @Override
  public synchronized void add(StoredKey key) {
    if (keys.stream().anyMatch(k -> k.kid().equals(key.kid()))) {
      throw new IllegalStateException("duplicate kid " + key.kid());
    }
    keys.add(key);
  }

  @Override
  public synchronized void stopSigningBefore(Instant createdBefore, Instant now) {
    keys.replaceAll(
        k ->
            k.createdAt().isBefore(createdBefore) && k.signsUntil().isAfter(now)
                ? new StoredKey(
                    k.kid(),
                    k.publicJwk(),
                    k.encryptedPrivateKey(),
                    k.createdAt(),
                    now,
                    k.publishedUntil())
                : k);
  }

  @Override
  public synchronized boolean withdraw(String kid, Instant now) {
    boolean published =
        keys.stream()
            .anyMatch(
                k ->
                    k.kid().equals(kid)
                        && (k.publishedUntil() == null || k.publishedUntil().isAfter(now)));
    if (published) {
      keys.replaceAll(
          k ->
              k.kid().equals(kid)
                  ? new StoredKey(
                      k.kid(),
                      k.publicJwk(),
                      k.encryptedPrivateKey(),
                      k.createdAt(),
                      k.signsUntil().isAfter(now) ? now : k.signsUntil(),
                      now)
                  : k);
    }
    return published;
  }

  @Override
  public synchronized void reencrypt(String kid, byte[] encryptedPrivateKey) {
    keys.replaceAll(
        k ->
            k.kid().equals(kid)
                ? new StoredKey(
                    k.kid(),
                    k.publicJwk(),
                    encryptedPrivateKey,
                    k.createdAt(),
                    k.signsUntil(),
                    k.publishedUntil())
                : k);
  }

  @Override
  public <T> T underLock(Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** Retires {@code kid} at once, as an operator does with a compromised key. */
  synchronized void retire(String kid, Instant now) {
    keys.replaceAll(
        k ->
            k.kid().equals(kid)
                ? new StoredKey(k.kid(), k.publicJwk(), null, k.createdAt(), now, now)
                : k);
  }

  synchronized List<StoredKey> all() {
    return List.copyOf(keys);
  }

  synchronized int reads() {
    return reads;
  }
}
