package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a verifier finds without being told: {@code /.well-known/openid-configuration} at the server
 * root, the JWKS it names (RSA public keys only), and Better Auth's {@code /ok}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthDiscoveryIT {

  static final String BASE = System.getProperty("taskguard.test.base-url");
  static final List<String> CLAIMS =
      List.of(
          "iss",
          "aud",
          "sub",
          "iat",
          "exp",
          "jti",
          "sid",
          "groups",
          "id",
          "email",
          "name",
          "emailVerified",
          "image",
          "createdAt",
          "updatedAt");

  final AuthApi auth = new AuthApi();

  @Test
  void okAnswersTrue() {
    HttpResult answer = auth.get("/api/auth/ok", null);
    assertEquals(200, answer.status());
    assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(Json.createObjectBuilder().add("ok", true).build(), answer.object());
  }

  @Test
  void theDiscoveryDocumentNamesTheIssuerTheKeysTheAlgorithmAndTheClaims() {
    HttpResult answer = auth.get("/.well-known/openid-configuration", null);

    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"));
    assertTrue(answer.header("Cache-Control").orElse("").contains("max-age="), answer::toString);
    JsonObject document = answer.object();
    assertEquals(BASE, document.getString("issuer"));
    assertEquals(BASE + "/api/auth/jwks", document.getString("jwks_uri"));
    assertEquals(List.of("RS256"), strings(document, "id_token_signing_alg_values_supported"));
    assertEquals(List.of("public"), strings(document, "subject_types_supported"));
    assertEquals(Set.copyOf(CLAIMS), Set.copyOf(strings(document, "claims_supported")));
    for (String absent : List.of("authorization_endpoint", "token_endpoint", "userinfo_endpoint")) {
      assertFalse(document.containsKey(absent), () -> absent + " in " + document);
    }
    assertEquals(
        auth.get("/api/auth/jwks", null).object(), Jwts.fetchJson(document.getString("jwks_uri")));
  }

  @Test
  void theJwksHoldsRsaPublicKeysForRs256AndNoPrivatePart() {
    HttpResult answer = auth.get("/api/auth/jwks", null);

    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.header("Cache-Control").orElse("").contains("max-age="), answer::toString);
    assertEquals(Set.of("keys"), answer.object().keySet());
    List<JsonObject> keys = answer.object().getJsonArray("keys").getValuesAs(JsonObject.class);
    assertFalse(keys.isEmpty());
    Set<String> kids = new HashSet<>();
    for (JsonObject key : keys) {
      assertEquals(Set.of("kty", "n", "e", "kid", "alg", "use"), key.keySet(), key::toString);
      assertEquals("RSA", key.getString("kty"));
      assertEquals("RS256", key.getString("alg"));
      assertEquals("sig", key.getString("use"));
      assertEquals("AQAB", key.getString("e"));
      byte[] modulus = Base64.getUrlDecoder().decode(key.getString("n"));
      assertEquals(2048, new java.math.BigInteger(1, modulus).bitLength(), "2048-bit modulus");
      assertTrue(key.getString("kid").matches("[A-Za-z0-9_-]{16,64}"), key::toString);
      assertTrue(kids.add(key.getString("kid")), "kids are unique");
    }
    String current = Jwts.header(auth.newAccount("Kid").jwt()).getString("kid");
    assertTrue(kids.contains(current), "the signing key is published");
  }

  static List<String> strings(JsonObject document, String field) {
    return document.getJsonArray(field).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
