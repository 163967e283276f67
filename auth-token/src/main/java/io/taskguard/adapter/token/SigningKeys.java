package io.taskguard.adapter.token;

import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SigningKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwk.PublicJsonWebKey;

/**
 * The signing keys as this server sees them: a cached {@link KeyRing} read from the shared {@link
 * SigningKeyStore} (or from the operator's {@link JwkSetFile}), read again when it goes stale so a
 * rotation made by another server is seen within {@code taskguard.keys.refresh}. Keys are made,
 * rotated and withdrawn by {@link KeyRotation} only.
 */
@ApplicationScoped
public class SigningKeys {

  /** Unknown kids re-read the keys at most this often, so junk tokens cannot amplify into load. */
  static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(1);

  private final SigningKeyStore store;
  private final SigningKeyCipher cipher;
  private final KeyTimeline timeline;
  private final JwkSetFile file;
  private final KeyRotation rotation;
  private volatile KeyRing ring;
  private final ReentrantLock reloading = new ReentrantLock();

  /** For CDI's proxy only. */
  protected SigningKeys() {
    this(null, null, null, null, null);
  }

  @Inject
  public SigningKeys(
      SigningKeyStore store,
      SigningKeyCipher cipher,
      AuditLog audit,
      @ConfigProperty(name = "taskguard.jwt.ttl", defaultValue = "PT15M") Duration tokenTtl,
      @ConfigProperty(name = "taskguard.keys.refresh", defaultValue = "PT30S") Duration refresh,
      @ConfigProperty(name = "taskguard.keys.rotation-period", defaultValue = "P30D")
          Duration rotationPeriod,
      @ConfigProperty(name = "taskguard.keys.file") Optional<String> keysFile) {
    this(
        store,
        cipher,
        audit,
        new KeyTimeline(tokenTtl, refresh, rotationPeriod),
        keysFile.filter(f -> !f.isBlank()).map(f -> new JwkSetFile(Path.of(f))).orElse(null));
  }

  /**
   * Keys kept in {@code store}, private parts encrypted by {@code cipher}, every change recorded in
   * {@code audit}.
   */
  public SigningKeys(
      SigningKeyStore store, SigningKeyCipher cipher, AuditLog audit, KeyTimeline timeline) {
    this(store, cipher, audit, timeline, null);
  }

  private SigningKeys(
      SigningKeyStore store,
      SigningKeyCipher cipher,
      AuditLog audit,
      KeyTimeline timeline,
      JwkSetFile file) {
    this.store = store;
    this.cipher = cipher;
    this.timeline = timeline;
    this.file = file;
    this.rotation = store == null ? null : new KeyRotation(store, cipher, timeline, audit);
  }

  /** Keys from the operator's JWK Set file at {@code path}; no store, no rotation. */
  public static SigningKeys fromFile(Path path, KeyTimeline timeline) {
    return new SigningKeys(null, null, null, timeline, new JwkSetFile(path));
  }

  public KeyTimeline timeline() {
    return timeline;
  }

  /**
   * The keys at {@code now}, from the cache while it is fresh. When it has gone stale, one thread
   * reads the store again and the others go on with the keys they have until it is done, never
   * waiting for it: a request that waited here would hold its own database connection while the
   * reading thread needs one, and under load that emptied the connection pool until its 5 s timeout
   * (bench/run, {@code token} at 16 connections; specs/performance.md). Only the very first read,
   * with nothing to go on with, is waited for.
   */
  public KeyRing ring(Instant now) {
    KeyRing current = ring;
    if (current == null) {
      return reloadIfStale(now);
    }
    if (!current.isStaleAt(now) || !reloading.tryLock()) {
      return current;
    }
    try {
      return reloadIfStale(now);
    } finally {
      reloading.unlock();
    }
  }

  /**
   * The keys as the store has them at most {@link #UNKNOWN_KID_RELOAD} ago. Verifiers fetch the key
   * set precisely when a token names a kid they lack (a key made moments ago by another server), so
   * the published set is re-read for them, at most once a second per server.
   */
  public KeyRing recentRing(Instant now) {
    KeyRing current = ring(now);
    return now.isBefore(current.loadedAt().plus(UNKNOWN_KID_RELOAD))
        ? current
        : reloadIfOlderThan(now.minus(UNKNOWN_KID_RELOAD), now);
  }

  private synchronized KeyRing reloadIfOlderThan(Instant limit, Instant now) {
    KeyRing current = ring;
    return current != null && current.loadedAt().isAfter(limit) ? current : reload(now);
  }

  /**
   * The key that signs at {@code now}. When none does (no key yet, or the rotation period of the
   * last one has passed), {@link KeyRotation} makes one: lazy rotation.
   */
  public PublicJsonWebKey signingKey(Instant now) {
    return ring(now)
        .signingKey()
        .or(() -> createIfNoneSigns(now).signingKey())
        .orElseThrow(() -> new IllegalStateException("no signing key after creating one"));
  }

  /**
   * The published key {@code kid}; an unknown kid re-reads the keys, at most once per {@link
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

  /**
   * The operator's rotation ({@link KeyRotation}): a new key signs from {@code now}; older keys
   * stop signing now. Returns its kid.
   */
  public String rotateNow(Instant now, String operatorAddress) {
    requireStore("rotate");
    String kid = rotation.rotateNow(now, operatorAddress);
    reload(now);
    return kid;
  }

  /**
   * The operator's withdrawal ({@link KeyRotation}) of key {@code kid} now: it no longer signs nor
   * is published; false if it was not published.
   */
  public boolean withdraw(String kid, Instant now, String operatorAddress) {
    requireStore("withdraw a key");
    boolean withdrawn = rotation.withdraw(kid, now, operatorAddress);
    reload(now);
    return withdrawn;
  }

  private void requireStore(String action) {
    if (file != null) {
      throw new IllegalStateException(
          "signing keys come from taskguard.keys.file: " + action + " by replacing that file");
    }
  }

  private KeyRing createIfNoneSigns(Instant now) {
    if (file == null) {
      rotation.createIfNoneSigns(now);
    }
    return reload(now);
  }

  /** One thread reads the keys; the others waiting here then use what it read. */
  private synchronized KeyRing reloadIfStale(Instant now) {
    KeyRing current = ring;
    return current == null || current.isStaleAt(now) ? reload(now) : current;
  }

  private synchronized KeyRing reload(Instant now) {
    KeyRing loaded =
        file != null
            ? file.load(now, timeline)
            : KeyRing.of(store.published(now), now, timeline, cipher);
    ring = loaded;
    return loaded;
  }
}
