package io.taskguard.adapter.token;

import io.taskguard.application.port.out.SigningKeyStore.StoredKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jose4j.base64url.Base64Url;
import org.jose4j.jwk.JsonWebKey.OutputControlLevel;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.ByteUtil;
import org.jose4j.lang.JoseException;

/**
 * Makes a fresh RS256 signing key ready for the store: a 2048-bit RSA key pair from jose4j, a
 * random URL-safe kid, the public JWK as published, and the private key as PKCS#8 encrypted under
 * the newest secret. The private key leaves this class only encrypted.
 */
final class NewSigningKey {

  static final int RSA_BITS = 2048;
  private static final int KID_BYTES = 16;

  private NewSigningKey() {}

  /** A key created at {@code now} (to the store's microsecond grain), signing for one period. */
  static StoredKey generate(Instant now, KeyTimeline timeline, SigningKeyCipher cipher) {
    Instant createdAt = now.truncatedTo(ChronoUnit.MICROS);
    RsaJsonWebKey jwk;
    try {
      jwk = RsaJwkGenerator.generateJwk(RSA_BITS);
    } catch (JoseException e) {
      throw new IllegalStateException("RSA key generation failed", e);
    }
    String kid = Base64Url.encode(ByteUtil.randomBytes(KID_BYTES));
    jwk.setKeyId(kid);
    jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
    jwk.setUse("sig");
    byte[] pkcs8 = jwk.getPrivateKey().getEncoded();
    try {
      Instant signsUntil = timeline.signsUntil(createdAt);
      return new StoredKey(
          kid,
          jwk.toJson(OutputControlLevel.PUBLIC_ONLY),
          cipher.encrypt(kid, pkcs8),
          createdAt,
          signsUntil,
          timeline.publishedUntil(signsUntil));
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }
}
