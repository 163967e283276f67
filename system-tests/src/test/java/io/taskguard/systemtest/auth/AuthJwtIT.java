package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * taskguard's JWTs verified as an independent service verifies them: jose4j, with the keys fetched
 * from the {@code jwks_uri} of the discovery document, checking algorithm, signature, issuer and
 * audience; then every header field and claim the spec names (D-3).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthJwtIT {

  static final String AUDIENCE = "taskguard";
  static final AuthApi auth = new AuthApi();
  static String issuer;
  static JsonWebKeySet keys;

  @BeforeAll
  static void keysFromTheDiscoveryDocument() {
    JsonObject discovery = auth.get("/.well-known/openid-configuration", null).object();
    issuer = discovery.getString("issuer");
    keys = Jwts.keySet(discovery.getString("jwks_uri"));
  }

  @Test
  void theSignUpJwtVerifiesAndCarriesEveryClaim() throws Exception {
    long before = Instant.now().getEpochSecond();
    String email = AuthApi.newEmail("claims");
    HttpResult signedUp =
        auth.signUp(email, AuthApi.newPassword(), "Claire Claims", AuthApi.newAddress());
    long after = Instant.now().getEpochSecond();
    JsonObject user = signedUp.object().getJsonObject("user");
    String jwt = signedUp.header("set-auth-jwt").orElseThrow();

    JwtContext verified = Jwts.verify(jwt, keys, issuer, AUDIENCE);

    JsonWebSignature jws = (JsonWebSignature) verified.getJoseObjects().get(0);
    assertEquals("RS256", jws.getAlgorithmHeaderValue());
    assertEquals("JWT", jws.getHeader("typ"));
    assertTrue(keys.findJsonWebKey(jws.getKeyIdHeaderValue(), "RSA", "sig", "RS256") != null);
    assertEquals(Set.of("alg", "kid", "typ"), Jwts.header(jwt).keySet());

    JwtClaims claims = verified.getJwtClaims();
    assertEquals(issuer, claims.getIssuer());
    assertEquals(System.getProperty("taskguard.test.base-url"), claims.getIssuer());
    assertEquals(List.of(AUDIENCE), claims.getAudience());
    assertEquals(user.getString("id"), claims.getSubject());
    long iat = claims.getIssuedAt().getValue();
    assertTrue(
        iat >= before - 1 && iat <= after + 1, () -> iat + " not in " + before + ".." + after);
    assertEquals(iat + 900, claims.getExpirationTime().getValue(), "15 minutes");
    assertEquals(claims.getJwtId(), UUID.fromString(claims.getJwtId()).toString());
    String sid =
        auth.getSession(signedUp.object().getString("token"))
            .object()
            .getJsonObject("session")
            .getString("id");
    assertEquals(sid, claims.getStringClaimValue("sid"));
    assertEquals(List.of("user"), claims.getStringListClaimValue("groups"));

    JsonObject payload = Jwts.payload(jwt);
    assertEquals(Set.copyOf(AuthDiscoveryIT.CLAIMS), payload.keySet());
    for (String field :
        List.of("id", "email", "name", "emailVerified", "image", "createdAt", "updatedAt")) {
      assertEquals(user.get(field), payload.get(field), field);
    }
    assertEquals(JsonValue.NULL, payload.get("image"));
    assertEquals(JsonValue.FALSE, payload.get("emailVerified"));
    assertEquals(email, payload.getString("email"));
  }

  @Test
  void jwtsFromSignInGetSessionAndTokenVerifyToo() throws Exception {
    AuthApi.Account account = auth.newAccount("Verifier");
    HttpResult signedIn = auth.signIn(account.email(), account.password(), AuthApi.newAddress());
    String session = signedIn.object().getString("token");
    List<String> jwts =
        List.of(
            signedIn.header("set-auth-jwt").orElseThrow(),
            auth.getSession(session).header("set-auth-jwt").orElseThrow(),
            auth.token(session).object().getString("token"));

    for (String jwt : jwts) {
      JwtClaims claims = Jwts.verify(jwt, keys, issuer, AUDIENCE).getJwtClaims();
      assertEquals(account.id(), claims.getSubject());
      assertEquals(Jwts.payload(jwts.get(0)).getString("sid"), claims.getStringClaimValue("sid"));
    }
  }

  /** The verifier above is not vacuous: each of these must make it refuse. */
  @Test
  void aTamperedTokenAnotherKeyIssuerOrAudienceFailsVerification() throws Exception {
    String jwt = auth.newAccount("Tamper").jwt();
    String[] parts = jwt.split("\\.");
    String forgedPayload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                Jwts.payload(jwt)
                    .toString()
                    .replace("\"Tamper\"", "\"Admin\"")
                    .getBytes(StandardCharsets.UTF_8));
    String tampered = parts[0] + "." + forgedPayload + "." + parts[2];
    RsaJsonWebKey impostor = RsaJwkGenerator.generateJwk(2048);
    impostor.setKeyId(Jwts.header(jwt).getString("kid"));
    impostor.setAlgorithm("RS256");
    JsonWebKeySet wrongKeys = new JsonWebKeySet(impostor);

    assertThrows(InvalidJwtException.class, () -> Jwts.verify(tampered, keys, issuer, AUDIENCE));
    assertThrows(InvalidJwtException.class, () -> Jwts.verify(jwt, wrongKeys, issuer, AUDIENCE));
    assertThrows(
        InvalidJwtException.class, () -> Jwts.verify(jwt, keys, "https://evil.example", AUDIENCE));
    assertThrows(InvalidJwtException.class, () -> Jwts.verify(jwt, keys, issuer, "someone-else"));
    Jwts.verify(jwt, keys, issuer, AUDIENCE);
  }
}
