package io.taskguard.systemtest.attack;

import static io.taskguard.systemtest.attack.Forgery.compact;
import static io.taskguard.systemtest.attack.Forgery.hmac;
import static io.taskguard.systemtest.attack.Forgery.signed;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;

/**
 * Forgeries of the signature: {@code alg: none} in its spellings, HMAC keyed with the server's
 * public key, the attacker's own keys under the server's {@code kid}, keys embedded in or linked
 * from the header, and {@code kid} values meant to trick a key lookup.
 */
final class SignatureAttacks {

  private SignatureAttacks() {}

  static Stream<Attack> all(Target t, AttackerHost host) {
    return Stream.of(
            algNone(t), hmacWithPublicKey(t), attackerKeys(t), embeddedKeys(t, host), kids(t))
        .flatMap(s -> s);
  }

  private static Stream<Attack> algNone(Target t) {
    String family = "alg none";
    return Stream.of(
        new Attack(family, "alg none, empty signature", () -> none(t, "none", "")),
        new Attack(family, "alg None, empty signature", () -> none(t, "None", "")),
        new Attack(family, "alg NONE, empty signature", () -> none(t, "NONE", "")),
        new Attack(family, "alg nOnE, empty signature", () -> none(t, "nOnE", "")),
        new Attack(family, "alg none, real signature kept", () -> none(t, "none", t.segments()[2])),
        new Attack(
            family,
            "alg none, no signature segment",
            () -> t.atVictim(Forgery.b64(t.header("none")) + "." + Forgery.b64(t.payload()))));
  }

  private static Delivery none(Target t, String alg, String signature) {
    return t.atVictim(compact(t.header(alg), t.payload(), signature));
  }

  private static Stream<Attack> hmacWithPublicKey(Target t) {
    String family = "HMAC keyed with the server's public key";
    return Stream.of(
        new Attack(
            family,
            "HS256, key = public JWK JSON",
            () -> hs(t, "HS256", AttackerKeys.asJwk(t.serverKey()))),
        new Attack(
            family,
            "HS256, key = public key PEM",
            () -> hs(t, "HS256", AttackerKeys.asPem(t.serverKey()))),
        new Attack(
            family,
            "HS256, key = public key DER",
            () -> hs(t, "HS256", AttackerKeys.asDer(t.serverKey()))),
        new Attack(
            family,
            "HS256, key = RSA modulus bytes",
            () -> hs(t, "HS256", AttackerKeys.asModulus(t.serverKey()))),
        new Attack(
            family,
            "HS384, key = public key PEM",
            () -> hs(t, "HS384", AttackerKeys.asPem(t.serverKey()))),
        new Attack(
            family,
            "HS512, key = public key DER",
            () -> hs(t, "HS512", AttackerKeys.asDer(t.serverKey()))));
  }

  private static Delivery hs(Target t, String alg, byte[] key) {
    return t.atVictim(hmac(alg, t.header(alg), t.payload(), key));
  }

  private static Stream<Attack> attackerKeys(Target t) {
    String family = "attacker keys with the real kid";
    AttackerKeys keys = t.keys();
    return Stream.of(
        new Attack(
            family,
            "TCK InvalidTokenTest.callEchoBadSigner: RS256 by the attacker's RSA key",
            () ->
                t.atVictim(
                    signed(
                        t.payload(),
                        keys.rsa.getPrivateKey(),
                        "RS256",
                        "kid",
                        t.kid(),
                        "typ",
                        "JWT"))),
        new Attack(
            family,
            "PS256 by the attacker's RSA key",
            () ->
                t.atVictim(signed(t.payload(), keys.rsa.getPrivateKey(), "PS256", "kid", t.kid()))),
        new Attack(
            family,
            "ES256 by the attacker's EC key",
            () ->
                t.atVictim(signed(t.payload(), keys.ec.getPrivateKey(), "ES256", "kid", t.kid()))),
        new Attack(
            family,
            "TCK InvalidTokenTest.callEchoBadSignerAlg: HS256 with a random secret",
            () -> t.atVictim(hmac("HS256", t.header("HS256"), t.payload(), randomBytes(32)))));
  }

  private static Stream<Attack> embeddedKeys(Target t, AttackerHost host) {
    String family = "keys embedded in or linked from the header";
    AttackerKeys keys = t.keys();
    Map<String, Object> jwk = keys.rsa.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    String rs256 = AlgorithmIdentifiers.RSA_USING_SHA256;
    return Stream.of(
        new Attack(
            family,
            "jwk header with the attacker's key, real kid",
            () ->
                t.atVictim(
                    signed(
                        t.payload(), keys.rsa.getPrivateKey(), rs256, "kid", t.kid(), "jwk", jwk))),
        new Attack(
            family,
            "jwk header with the attacker's key, no kid",
            () -> t.atVictim(signed(t.payload(), keys.rsa.getPrivateKey(), rs256, "jwk", jwk))),
        new Attack(
            family,
            "jku to the attacker's JWKS, the attacker's kid",
            () ->
                t.atVictim(
                    signed(
                        t.payload(),
                        keys.rsa.getPrivateKey(),
                        rs256,
                        "kid",
                        "attacker",
                        "jku",
                        host.url("/jwks.json")))),
        new Attack(
            family,
            "jku to the attacker's JWKS, real kid",
            () ->
                t.atVictim(
                    signed(
                        t.payload(),
                        keys.rsa.getPrivateKey(),
                        rs256,
                        "kid",
                        t.kid(),
                        "jku",
                        host.url("/jwks.json")))),
        new Attack(
            family,
            "x5u to the attacker's certificate",
            () ->
                t.atVictim(
                    signed(t.payload(), keys.certifiedKey, rs256, "x5u", host.url("/cert.pem")))),
        new Attack(
            family,
            "x5c with the attacker's self-signed certificate",
            () ->
                t.atVictim(
                    signed(t.payload(), keys.certifiedKey, rs256, "x5c", List.of(x5c(keys))))));
  }

  private static Stream<Attack> kids(Target t) {
    String family = "kid tricks";
    AttackerKeys keys = t.keys();
    return Stream.of(
        new Attack(
            family,
            "kid ../../dev/null, HS256 with the empty key",
            () ->
                t.atVictim(
                    hmac(
                        "HS256",
                        "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"../../../../../../dev/null\"}",
                        t.payload(),
                        new byte[1]))),
        new Attack(family, "kid /etc/passwd", () -> byAttacker(t, "/etc/passwd")),
        new Attack(family, "kid SQL injection", () -> byAttacker(t, "x' UNION SELECT 'k' --")),
        new Attack(family, "kid empty", () -> byAttacker(t, "")),
        new Attack(family, "kid 8 KiB long", () -> byAttacker(t, "k".repeat(8192))),
        new Attack(
            family,
            "no kid at all",
            () -> t.atVictim(signed(t.payload(), keys.rsa.getPrivateKey(), "RS256"))));
  }

  private static Delivery byAttacker(Target t, String kid) {
    return t.atVictim(signed(t.payload(), t.keys().rsa.getPrivateKey(), "RS256", "kid", kid));
  }

  private static String x5c(AttackerKeys keys) {
    try {
      return java.util.Base64.getEncoder().encodeToString(keys.certificate.getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
