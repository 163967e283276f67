package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore;
import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.PublicJsonWebKey;

/**
 * The signing keys as this server sees them: a cached {@link KeyRing} read from the shared {@link
 * SigningKeyStore}, re-read when it goes stale (every {@code taskguard.keys.refresh}) so a rotation
 * made by another server is seen. Creating and rotating keys happens under the store's lock, after
 * re-reading the store, so servers starting or rotating together make one key, not several.
 */
@ApplicationScoped
public class SigningKeys {

  /** Unknown kids re-read the store at most this often, so junk tokens cannot amplify into load. */
  static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(1);

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final KeyTimeline timeline;
  private volatile KeyRing ring;

  /** For CDI's proxy only. */
  protected SigningKeys() {
    this.store = null;
    this.cipher = null;
    this.timeline = null;
  }

  @Inject
  public SigningKeys(
      SigningKeyStore store,
      SigningKeyCipher cipher,
      @ConfigProperty(name = "taskguard.jwt.ttl", defaultValue = "PT15M") Duration tokenTtl,
      @ConfigProperty(name = "taskguard.keys.refresh", defaultValue = "PT30S") Duration refresh,
      @ConfigProperty(name = "taskguard.keys.rotation-period", defaultValue = "P30D")
          Duration rotationPeriod) {
    this(store, cipher, new KeyTimeline(tokenTtl, refresh, rotationPeriod));
  }

  public SigningKeys(SigningKeyStore store, SigningKeyCipher cipher, KeyTimeline timeline) {
    this.store = store;
    this.cipher = cipher;
    this.timeline = timeline;
  }

  public KeyTimeline timeline() {
    return timeline;
  }

  /** The keys at {@code now}, from the cache while it is fresh. */
  public KeyRing ring(Instant now) {
    KeyRing current = ring;
    return current == null || current.isStaleAt(now) ? reloadIfStale(now) : current;
  }

  /** The key that signs at {@code now}; creates the first one (or a successor) if none does. */
  public PublicJsonWebKey signingKey(Instant now) {
    return ring(now)
        .signingKey()
        .or(() -> createIfNoneSigns(now).signingKey())
        .orElseThrow(() -> new IllegalStateException("no signing key after creating one"));
  }

  /**
   * The published key {@code kid}; an unknown kid re-reads the store, at most once per {@link
   * #UNKNOWN_KID_RELOAD}, so a key made by another server moments ago is found.
   */
  public Optional<PublicJsonWebKey> verificationKey(String kid, Instant now) {
    KeyRing current = ring(now);
    Optional<PublicJsonWebKey> found = current.find(kid);
    if (found.isPresent() || now.isBefore(current.loadedAt().plus(UNKNOWN_KID_RELOAD))) {
      return found;
    }
    return reload(now).find(kid);
  }

  /** Makes a new key the signing key from {@code now}; older keys stop signing now. */
  public void rotateNow(Instant now) {
    store.underLock(() -> rotate(now));
    reload(now);
  }

  /** Rotates when the newest key is older than the rotation period (or there is none). */
  public boolean rotateIfDue(Instant now) {
    boolean rotated = store.underLock(() -> isDue(now) && rotate(now));
    if (rotated) {
      reload(now);
    }
    return rotated;
  }

  /** Re-encrypts every stored private key under the newest secret; returns how many. */
  public int reencryptAll(Instant now) {
    int count =
        store.underLock(
            () -> {
              int n = 0;
              for (StoredKey key : store.published(now)) {
                if (key.encryptedPrivateKey() != null) {
                  byte[] plain = cipher.decrypt(key.kid(), key.encryptedPrivateKey());
                  store.reencrypt(key.kid(), cipher.encrypt(key.kid(), plain));
                  java.util.Arrays.fill(plain, (byte) 0);
                  n++;
                }
              }
              return n;
            });
    LOG.info(() -> "Re-encrypted " + count + " signing key(s) under the newest secret");
    reload(now);
    return count;
  }

  private KeyRing createIfNoneSigns(Instant now) {
    store.underLock(
        () -> store.published(now).stream().anyMatch(k -> timeline.signs(k, now)) || rotate(now));
    return reload(now);
  }

  private boolean isDue(Instant now) {
    return store.published(now).stream()
        .map(StoredKey::createdAt)
        .max(Comparator.naturalOrder())
        .map(newest -> timeline.isDue(newest, now))
        .orElse(true);
  }

  /** Call under the lock. */
  private boolean rotate(Instant now) {
    StoredKey key = NewSigningKey.generate(now, timeline, cipher);
    store.add(key);
    store.stopSigningBefore(key.createdAt(), now);
    LOG.info(() -> "New signing key " + key.kid() + " signs from " + key.createdAt());
    return true;
  }

  /** One thread re-reads the store; the others waiting here then use what it read. */
  private synchronized KeyRing reloadIfStale(Instant now) {
    KeyRing current = ring;
    return current == null || current.isStaleAt(now) ? reload(now) : current;
  }

  private synchronized KeyRing reload(Instant now) {
    List<StoredKey> stored = store.published(now);
    KeyRing loaded = KeyRing.of(stored, now, timeline, cipher);
    ring = loaded;
    return loaded;
  }
}
