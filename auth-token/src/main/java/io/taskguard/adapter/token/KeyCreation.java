package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore;
import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.logging.Logger;

/**
 * Every change to the stored keys that makes a new one (or withdraws one), each done under the
 * store's lock after reading the store again, so that servers deciding at the same moment make one
 * key between them.
 */
final class KeyCreation {

  private static final Logger LOG = Logger.getLogger(KeyCreation.class.getName());

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final KeyTimeline timeline;

  KeyCreation(SigningKeyStore store, SigningKeyCipher cipher, KeyTimeline timeline) {
    this.store = store;
    this.cipher = cipher;
    this.timeline = timeline;
  }

  /** Creates a key unless one signs at {@code now}; returns whether it did. */
  boolean createIfNoneSigns(Instant now) {
    return store.underLock(
        () -> store.published(now).stream().noneMatch(k -> timeline.signs(k, now)) && create(now));
  }

  /** A new key signs from {@code now}; every older one stops signing now. Returns its kid. */
  String rotateNow(Instant now) {
    return store.underLock(() -> createKey(now).kid());
  }

  /** Key {@code kid} stops signing and leaves the published set now; false if not published. */
  boolean withdraw(String kid, Instant now) {
    return store.underLock(() -> store.withdraw(kid, now));
  }

  /** Rotates when the newest key is older than the rotation period, or there is none. */
  boolean rotateIfDue(Instant now) {
    return store.underLock(() -> isDue(now) && create(now));
  }

  private boolean isDue(Instant now) {
    return store.published(now).stream()
        .map(StoredKey::createdAt)
        .max(Comparator.naturalOrder())
        .map(newest -> timeline.isDue(newest, now))
        .orElse(true);
  }

  private boolean create(Instant now) {
    createKey(now);
    return true;
  }

  private StoredKey createKey(Instant now) {
    StoredKey key = NewSigningKey.generate(now, timeline, cipher);
    store.add(key);
    store.stopSigningBefore(key.createdAt(), now);
    LOG.info(() -> "New signing key " + key.kid() + " signs from " + key.createdAt());
    return key;
  }
}
