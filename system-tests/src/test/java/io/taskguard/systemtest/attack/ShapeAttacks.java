package io.taskguard.systemtest.attack;

import static io.taskguard.systemtest.attack.Forgery.b64;
import static io.taskguard.systemtest.attack.Forgery.signed;

import jakarta.json.Json;
import java.util.stream.Stream;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * Real tokens changed after signing (payload, signature) or sent with bytes appended, tokens of the
 * wrong shape (too few or too many segments, JWE, not base64, not JSON) and oversized tokens.
 */
final class ShapeAttacks {

  private ShapeAttacks() {}

  static Stream<Attack> all(Target t) {
    return Stream.of(tampered(t), appended(t), malformed(t), oversized(t)).flatMap(s -> s);
  }

  /**
   * The victim's real token with bytes after it, as a careless client or a proxy might send it: a
   * lenient base64url decoder skips {@code !} and {@code =}, so those would verify as the token
   * itself. None of them is the token taskguard issued, and none may be written to a log.
   */
  private static Stream<Attack> appended(Target t) {
    String family = "a real token with bytes appended";
    return Stream.of("AAAA", "!", "==", "~", " x", ".", ".x")
        .map(
            garbage ->
                new Attack(
                    family,
                    "the victim's token followed by \"" + garbage + "\"",
                    () -> t.atVictim(t.victim().jwt() + garbage)));
  }

  private static Stream<Attack> tampered(Target t) {
    String family = "tampered payload or signature";
    return Stream.of(
        new Attack(
            family,
            "the attacker's own token with sub changed to the victim's",
            () -> {
              String[] own = t.attacker().jwt().split("\\.");
              String claims =
                  Json.createObjectBuilder(
                          io.taskguard.testsupport.Jwts.payload(t.attacker().jwt()))
                      .add("sub", t.victim().id())
                      .add("id", t.victim().id())
                      .build()
                      .toString();
              return t.atVictim(own[0] + "." + b64(claims) + "." + own[2]);
            }),
        new Attack(
            family,
            "exp extended by a day, signature kept",
            () ->
                resigned(
                    t,
                    t.payloadWith(
                        "exp",
                        Json.createValue(t.claims().getJsonNumber("exp").longValue() + 86_400)))),
        new Attack(
            family,
            "groups extended with admin, signature kept",
            () ->
                resigned(
                    t,
                    t.payloadWith(
                        "groups", Json.createArrayBuilder().add("user").add("admin").build()))),
        new Attack(
            family,
            "signature stripped",
            () -> t.atVictim(t.segments()[0] + "." + t.segments()[1] + ".")),
        new Attack(
            family,
            "signature with one character changed",
            () -> t.atVictim(flipOne(t.victim().jwt()))),
        new Attack(
            family,
            "the victim's header and payload with the attacker's signature",
            () ->
                t.atVictim(
                    t.segments()[0]
                        + "."
                        + t.segments()[1]
                        + "."
                        + t.attacker().jwt().split("\\.")[2])));
  }

  private static Delivery resigned(Target t, String payloadJson) {
    return t.atVictim(t.segments()[0] + "." + b64(payloadJson) + "." + t.segments()[2]);
  }

  private static String flipOne(String jwt) {
    int at = jwt.length() - 10;
    char c = jwt.charAt(at);
    return jwt.substring(0, at) + (c == 'A' ? 'B' : 'A') + jwt.substring(at + 1);
  }

  private static Stream<Attack> malformed(Target t) {
    String family = "malformed, truncated, extra segments, JWE";
    String[] s = t.segments();
    return Stream.of(
        new Attack(
            family,
            "truncated in the payload",
            () -> t.atVictim(t.victim().jwt().substring(0, s[0].length() + 20))),
        new Attack(family, "header segment only", () -> t.atVictim(s[0])),
        new Attack(family, "two segments", () -> t.atVictim(s[0] + "." + s[1])),
        new Attack(
            family,
            "four segments (a real token plus one)",
            () -> t.atVictim(t.victim().jwt() + "." + s[2])),
        new Attack(
            family,
            "five segments of garbage (JWE-shaped)",
            () -> t.atVictim("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d")),
        new Attack(
            family,
            "JWE of the victim's claims, encrypted to the server's own public key",
            () -> t.atVictim(jwe(t, t.serverKey().getPublicKey(), t.kid()))),
        new Attack(
            family,
            "TCK encryptor case: JWE encrypted to a key that is not the server's",
            () -> t.atVictim(jwe(t, t.keys().rsa.getPublicKey(), "attacker"))),
        new Attack(family, "empty token", () -> Delivery.header(t.victim().id(), "Bearer ")),
        new Attack(family, "garbage, not base64", () -> t.atVictim("!!!.@@@.###")),
        new Attack(
            family,
            "header that is not JSON",
            () -> t.atVictim(b64("not json at all") + "." + s[1] + "." + s[2])),
        new Attack(
            family,
            "header that is a JSON array",
            () -> t.atVictim(b64("[\"RS256\"]") + "." + s[1] + "." + s[2])));
  }

  private static String jwe(Target t, java.security.Key key, String kid) {
    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setPayload(t.payload());
    jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256);
    jwe.setEncryptionMethodHeaderParameter(
        ContentEncryptionAlgorithmIdentifiers.AES_128_CBC_HMAC_SHA_256);
    jwe.setKeyIdHeaderValue(kid);
    jwe.setContentTypeHeaderValue("JWT");
    jwe.setKey(key);
    try {
      return jwe.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Attack> oversized(Target t) {
    String family = "oversized tokens";
    return Stream.of(
        new Attack(family, "64 KiB claim", () -> padded(t, 64 * 1024)),
        new Attack(family, "1 MiB claim", () -> padded(t, 1024 * 1024)));
  }

  private static Delivery padded(Target t, int bytes) {
    String payload = t.payloadWith("pad", Json.createValue("p".repeat(bytes)));
    return t.atVictim(signed(payload, t.keys().rsa.getPrivateKey(), "RS256", "kid", t.kid()));
  }
}
