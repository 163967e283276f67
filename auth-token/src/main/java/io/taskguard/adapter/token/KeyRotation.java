package io.taskguard.adapter.token;

import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SigningKeyStore;
import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The signing keys' lifecycle, in one place: every change that makes a new key or withdraws one.
 *
 * <ul>
 *   <li>Lazily, when a token is to be issued and no key signs: the very first key, and the
 *       successor of a key whose rotation period has passed (spec D-16). No timer rotates keys.
 *   <li>On an operator's command: a new key signs from now, or a key is withdrawn (spec D-17).
 * </ul>
 *
 * Each change takes the store's lock, shared by every server, and reads the store again under it,
 * so servers deciding at the same moment make one key between them. Each is recorded in the audit
 * trail with what caused it: {@code KEY_ROTATED} (issuing a token, no client address) or {@code
 * OPERATOR_KEY_ROTATED} / {@code OPERATOR_KEY_WITHDRAWN} (the operator's address).
 */
final class KeyRotation {

  private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final KeyTimeline timeline;
  private final AuditLog audit;

  KeyRotation(
      SigningKeyStore store, SigningKeyCipher cipher, KeyTimeline timeline, AuditLog audit) {
    this.store = store;
    this.cipher = cipher;
    this.timeline = timeline;
    this.audit = audit;
  }

  /** Lazy rotation: makes a key unless one signs at {@code now}; returns whether it did. */
  boolean createIfNoneSigns(Instant now) {
    return store.underLock(
        () -> {
          if (store.published(now).stream().anyMatch(k -> timeline.signs(k, now))) {
            return false;
          }
          createKey(now);
          audit.record(AuditLog.Event.KEY_ROTATED, null, null, now);
          return true;
        });
  }

  /** The operator's rotation: a new key signs from {@code now}. Returns its kid. */
  String rotateNow(Instant now, String operatorAddress) {
    return store.underLock(
        () -> {
          String kid = createKey(now).kid();
          audit.record(AuditLog.Event.OPERATOR_KEY_ROTATED, null, operatorAddress, now);
          return kid;
        });
  }

  /** The operator's withdrawal of key {@code kid}, now; false if it is not published. */
  boolean withdraw(String kid, Instant now, String operatorAddress) {
    return store.underLock(
        () -> {
          boolean withdrawn = store.withdraw(kid, now);
          if (withdrawn) {
            audit.record(AuditLog.Event.OPERATOR_KEY_WITHDRAWN, null, operatorAddress, now);
          }
          return withdrawn;
        });
  }

  /** A new key signs from {@code now}; every older one stops signing now. */
  private StoredKey createKey(Instant now) {
    StoredKey key = NewSigningKey.generate(now, timeline, cipher);
    store.add(key);
    store.stopSigningBefore(key.createdAt(), now);
    LOG.info(() -> "New signing key " + key.kid() + " signs from " + key.createdAt());
    return key;
  }
}
