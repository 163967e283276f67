package io.taskguard.systemtest.attack;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

/**
 * What an attacker knows about the server: a victim with a real JWT (its header and claims are the
 * template every forgery starts from, so only the attacked detail differs), a second account of the
 * attacker's own, and the server's published signing key.
 */
record Target(
    AuthApi.Account victim, AuthApi.Account attacker, RsaJsonWebKey serverKey, AttackerKeys keys) {

  static Target of(AuthApi.Account victim, AuthApi.Account attacker, AttackerKeys keys) {
    String jwks = System.getProperty("taskguard.test.base-url") + "/api/auth/jwks";
    JsonWebKeySet set = Jwts.keySet(jwks);
    String kid = Jwts.header(victim.jwt()).getString("kid");
    RsaJsonWebKey key =
        (RsaJsonWebKey)
            set.getJsonWebKeys().stream()
                .filter(k -> kid.equals(k.getKeyId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the victim's kid is not in the JWKS"));
    return new Target(victim, attacker, key, keys);
  }

  String kid() {
    return serverKey.getKeyId();
  }

  /** The victim's real claims. */
  JsonObject claims() {
    return Jwts.payload(victim.jwt());
  }

  /** The victim's real claims as JSON text. */
  String payload() {
    return claims().toString();
  }

  /** The victim's claims with {@code name} set to {@code value} (or removed when null). */
  String payloadWith(String name, JsonValue value) {
    JsonObjectBuilder claims = Json.createObjectBuilder(claims());
    if (value == null) {
      claims.remove(name);
    } else {
      claims.add(name, value);
    }
    return claims.build().toString();
  }

  /** A header of {@code alg}, {@code typ: JWT} and the server's real {@code kid}. */
  String header(String alg) {
    return Json.createObjectBuilder()
        .add("alg", alg)
        .add("typ", "JWT")
        .add("kid", kid())
        .build()
        .toString();
  }

  /** The three segments of the victim's real token. */
  String[] segments() {
    return victim.jwt().split("\\.");
  }

  Delivery atVictim(String token) {
    return Delivery.bearer(victim.id(), token);
  }
}
