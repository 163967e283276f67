package io.taskguard.adapter.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * Operator-provided signing keys ({@code taskguard.keys.file}): a JWK Set of RSA keys, used instead
 * of the database. The first key with a private part signs; every key in the file is published. The
 * file is read again at each refresh, so an operator rotates by replacing it (atomically, e.g. with
 * {@code mv}): new key first, the old one kept until its tokens have expired.
 */
final class JwkSetFile {

  private final Path path;

  JwkSetFile(Path path) {
    this.path = path;
  }

  /** The keys in the file at {@code now}; valid until the next refresh. */
  KeyRing load(Instant now, KeyTimeline timeline) {
    List<PublicJsonWebKey> published = new ArrayList<>();
    PublicJsonWebKey signing = null;
    for (JsonWebKey key : read()) {
      RsaJsonWebKey rsa = checked(key);
      published.add(publicPart(rsa));
      if (signing == null && rsa.getPrivateKey() != null) {
        signing = rsa;
      }
    }
    if (signing == null) {
      throw new IllegalStateException(
          "taskguard.keys.file " + path + " holds no RSA key with its private part to sign with");
    }
    return new KeyRing(published, signing, now, now.plus(timeline.refresh()));
  }

  private List<JsonWebKey> read() {
    try {
      return new JsonWebKeySet(Files.readString(path)).getJsonWebKeys();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read taskguard.keys.file " + path, e);
    } catch (JoseException e) {
      throw new IllegalStateException("taskguard.keys.file " + path + " is not a JWK Set", e);
    }
  }

  private RsaJsonWebKey checked(JsonWebKey key) {
    String problem = null;
    if (!(key instanceof RsaJsonWebKey rsa)) {
      problem = "is not an RSA key";
    } else if (key.getKeyId() == null || key.getKeyId().isBlank()) {
      problem = "has no kid";
    } else if (rsa.getRsaPublicKey().getModulus().bitLength() < NewSigningKey.RSA_BITS) {
      problem = "is shorter than " + NewSigningKey.RSA_BITS + " bits";
    } else if (key.getAlgorithm() != null
        && !AlgorithmIdentifiers.RSA_USING_SHA256.equals(key.getAlgorithm())) {
      problem = "is for " + key.getAlgorithm() + ", not RS256";
    } else {
      return rsa;
    }
    throw new IllegalStateException(
        "a key in taskguard.keys.file " + path + " (kid " + key.getKeyId() + ") " + problem);
  }

  private static PublicJsonWebKey publicPart(RsaJsonWebKey key) {
    try {
      PublicJsonWebKey jwk =
          PublicJsonWebKey.Factory.newPublicJwk((RSAPublicKey) key.getPublicKey());
      jwk.setKeyId(key.getKeyId());
      jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
      jwk.setUse("sig");
      return jwk;
    } catch (JoseException e) {
      throw new IllegalStateException("RSA public key rejected by jose4j", e);
    }
  }
}
