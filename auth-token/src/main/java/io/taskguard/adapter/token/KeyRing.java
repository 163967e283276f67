package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * One consistent, immutable view of the keys at a moment: the key that signs (private part
 * decrypted), every published public key, and the JWK Set JSON made from them. It goes stale at the
 * next refresh, or at the first moment a key starts or stops signing or leaves the JWKS, whichever
 * comes first, so a cached view never outlives what it says.
 */
public final class KeyRing {

  private final List<PublicJsonWebKey> published;
  private final PublicJsonWebKey signing;
  private final String jwks;
  private final Instant loadedAt;
  private final Instant staleAt;

  KeyRing(
      List<PublicJsonWebKey> published,
      PublicJsonWebKey signing,
      Instant loadedAt,
      Instant staleAt) {
    this.published = List.copyOf(published);
    this.signing = signing;
    this.jwks = new JsonWebKeySet(published).toJson(OutputControlLevel.PUBLIC_ONLY);
    this.loadedAt = loadedAt;
    this.staleAt = staleAt;
  }

  /** The view of {@code stored} (newest first, as the store lists them) at {@code now}. */
  static KeyRing of(
      List<StoredKey> stored, Instant now, KeyTimeline timeline, SigningKeyCipher cipher) {
    Instant staleAt = now.plus(timeline.refresh());
    List<PublicJsonWebKey> published = new ArrayList<>();
    StoredKey signer = null;
    for (StoredKey key : stored) {
      if (!timeline.isPublished(key, now)) {
        continue;
      }
      published.add(publicJwk(key));
      staleAt = earliest(staleAt, timeline.effectivePublishedUntil(key));
      if (timeline.signs(key, now)) {
        staleAt = earliest(staleAt, key.signsUntil());
        if (signer == null || key.createdAt().isAfter(signer.createdAt())) {
          signer = key;
        }
      } else if (key.createdAt().isAfter(now)) {
        staleAt = earliest(staleAt, key.createdAt());
      }
    }
    PublicJsonWebKey signing = signer == null ? null : withPrivateKey(signer, cipher);
    return new KeyRing(published, signing, now, staleAt);
  }

  private static Instant earliest(Instant a, Instant b) {
    return b.isBefore(a) ? b : a;
  }

  private static PublicJsonWebKey publicJwk(StoredKey key) {
    try {
      return PublicJsonWebKey.Factory.newPublicJwk(key.publicJwk());
    } catch (JoseException e) {
      throw new IllegalStateException("stored public key " + key.kid() + " is not a JWK", e);
    }
  }

  private static PublicJsonWebKey withPrivateKey(StoredKey key, SigningKeyCipher cipher) {
    PublicJsonWebKey jwk = publicJwk(key);
    byte[] pkcs8 = cipher.decrypt(key.kid(), key.encryptedPrivateKey());
    try {
      PrivateKey privateKey =
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      jwk.setPrivateKey(privateKey);
      return jwk;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("signing key " + key.kid() + " is not an RSA PKCS#8 key", e);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /** The key that signs, with its private part; empty when none signs at this moment. */
  public Optional<PublicJsonWebKey> signingKey() {
    return Optional.ofNullable(signing);
  }

  /** The published key named {@code kid}. */
  public Optional<PublicJsonWebKey> find(String kid) {
    return published.stream().filter(k -> k.getKeyId().equals(kid)).findFirst();
  }

  /** The published keys as a JWK Set: {@code {"keys":[...]}} with public parts only. */
  public String jwks() {
    return jwks;
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  /**
   * Whether this view may no longer be true at {@code now}. An instant a little before {@link
   * #loadedAt()} (another request thread's clock reading) still finds it fresh, so concurrent
   * requests do not take turns reloading.
   */
  public boolean isStaleAt(Instant now) {
    return !now.isBefore(staleAt);
  }
}
