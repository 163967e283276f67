package io.taskguard.systemtest.attack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Hand-made compact JWS strings: any header and payload text, any signature segment. The attack
 * suite builds the tokens no honest library would (an {@code alg} of {@code nOnE}, an HMAC keyed
 * with a public key, a header that is not JSON), so these are spelt out byte by byte; ordinary
 * asymmetric signatures are left to jose4j.
 */
final class Forgery {

  private Forgery() {}

  static String b64(String text) {
    return b64(text.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** {@code header.payload.} followed by {@code signature} (which may be empty). */
  static String compact(String headerJson, String payloadJson, String signature) {
    return b64(headerJson) + "." + b64(payloadJson) + "." + signature;
  }

  /** An HMAC JWS ({@code HS256}, {@code HS384}, {@code HS512}) keyed with {@code secret}. */
  static String hmac(String alg, String headerJson, String payloadJson, byte[] secret) {
    String signingInput = b64(headerJson) + "." + b64(payloadJson);
    String javaName = "HmacSHA" + alg.substring(2);
    try {
      Mac mac = Mac.getInstance(javaName);
      mac.init(new SecretKeySpec(secret, javaName));
      return signingInput
          + "."
          + b64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A JWS signed by jose4j with {@code key} and {@code alg}; {@code headers} are further header
   * parameters as name/value pairs (values: strings, or JSON objects/arrays given as jose4j maps).
   */
  static String signed(String payloadJson, Key key, String alg, Object... headers) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(payloadJson);
    jws.setAlgorithmHeaderValue(alg);
    for (int i = 0; i < headers.length; i += 2) {
      jws.getHeaders().setObjectHeaderValue((String) headers[i], headers[i + 1]);
    }
    jws.setKey(key);
    jws.setDoKeyValidation(false);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }
}
