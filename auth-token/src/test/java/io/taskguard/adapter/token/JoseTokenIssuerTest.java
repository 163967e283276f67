package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.TokenFixtures.ADA;
import static io.taskguard.adapter.token.TokenFixtures.AUDIENCE;
import static io.taskguard.adapter.token.TokenFixtures.ISSUER;
import static io.taskguard.adapter.token.TokenFixtures.OPERATOR;
import static io.taskguard.adapter.token.TokenFixtures.SESSION;
import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.SigningKeyStore;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class JoseTokenIssuerTest {

  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final JoseTokenIssuer issuer =
      TokenFixtures.issuer(store, SigningKeyCipherTest.oldCipher());

  @Test
  void headerIsRs256WithTheKidOfAPublishedKeyAndTypJwt() throws Exception {
    AccessToken token = issuer.issue(ADA, SESSION, T0);
    String jwks = issuer.publicKeySet(T0);

    JwtContext context = verifier(jwks, T0).process(token.compact());
    JsonWebStructure jws = context.getJoseObjects().get(0);
    assertEquals("RS256", jws.getAlgorithmHeaderValue());
    assertEquals("JWT", jws.getHeader("typ"));
    assertEquals(store.all().get(0).kid(), jws.getKeyIdHeaderValue());
  }

  @Test
  void claimsCarryTheStandardFieldsTheSessionAndTheUser() throws Exception {
    AccessToken token = issuer.issue(ADA, SESSION, T0);

    JwtClaims claims = verifier(issuer.publicKeySet(T0), T0).processToClaims(token.compact());
    assertEquals(ISSUER, claims.getIssuer());
    assertEquals(List.of(AUDIENCE), claims.getAudience());
    assertEquals(ADA.id().value(), claims.getSubject());
    assertEquals(T0.getEpochSecond(), claims.getIssuedAt().getValue());
    assertEquals(T0.getEpochSecond() + 900, claims.getExpirationTime().getValue());
    assertTrue(claims.getJwtId().matches("[0-9a-f-]{36}"), claims.getJwtId());
    assertEquals(SESSION.id().value(), claims.getStringClaimValue("sid"));
    assertEquals(List.of("user"), claims.getStringListClaimValue("groups"));
    assertEquals(ADA.id().value(), claims.getStringClaimValue("id"));
    assertEquals("ada@example.com", claims.getStringClaimValue("email"));
    assertEquals("Ada Lovelace", claims.getStringClaimValue("name"));
    assertEquals(Boolean.FALSE, claims.getClaimValue("emailVerified"));
    assertEquals("2026-11-20T08:00:00.000Z", claims.getStringClaimValue("createdAt"));
    assertEquals("2026-11-24T10:14:08.911Z", claims.getStringClaimValue("updatedAt"));
    assertEquals(Instant.ofEpochSecond(T0.getEpochSecond() + 900), token.expiresAt());
  }

  @Test
  void aMissingImageIsAnExplicitNull() {
    String payload = payloadJson(issuer.issue(ADA, SESSION, T0));

    assertTrue(payload.contains("\"image\":null"), payload);
  }

  @Test
  void eachNewlySignedTokenHasItsOwnJwtId() throws Exception {
    String jwks = issuer.publicKeySet(T0);
    String first =
        verifier(jwks, T0).processToClaims(issuer.issue(ADA, SESSION, T0).compact()).getJwtId();
    Instant later = T0.plus(Duration.ofSeconds(90));
    String second =
        verifier(jwks, later)
            .processToClaims(issuer.issue(ADA, SESSION, later).compact())
            .getJwtId();

    assertNotEquals(first, second);
  }

  @Test
  void aSessionAskingAgainWithinATenthOfTheLifetimeGetsTheSameToken() {
    AccessToken first = issuer.issue(ADA, SESSION, T0);

    assertEquals(first, issuer.issue(ADA, SESSION, T0.plusSeconds(89)));
    assertNotEquals(first.compact(), issuer.issue(ADA, SESSION, T0.plusSeconds(90)).compact());
  }

  @Test
  void anotherSessionAChangedUserOrANewSigningKeyGetANewToken() {
    SigningKeys keys =
        new SigningKeys(
            store, SigningKeyCipherTest.oldCipher(), new RecordingAudit(), TokenFixtures.TIMELINE);
    JoseTokenIssuer issuer = new JoseTokenIssuer(keys, ISSUER, AUDIENCE);
    AccessToken first = issuer.issue(ADA, SESSION, T0);
    Session other =
        new Session(
            new SessionId("0c9e3a1b-2f4d-4e6a-8b7c-9d0e1f2a3b4c"),
            ADA.id(),
            SESSION.expiresAt(),
            T0,
            T0,
            null,
            null);
    User renamed =
        new User(
            ADA.id(),
            ADA.email(),
            "Ada King",
            ADA.emailVerified(),
            ADA.image(),
            ADA.createdAt(),
            T0.plusSeconds(1));

    assertNotEquals(first.compact(), issuer.issue(ADA, other, T0).compact());
    assertNotEquals(first.compact(), issuer.issue(renamed, SESSION, T0.plusSeconds(1)).compact());
    keys.rotateNow(T0.plusSeconds(2), OPERATOR);
    assertNotEquals(first.compact(), issuer.issue(ADA, SESSION, T0.plusSeconds(2)).compact());
  }

  @Test
  void aTokenNeverOutlivesItsSession() throws Exception {
    Session endingSoon =
        new Session(SESSION.id(), ADA.id(), T0.plusSeconds(300), T0, T0, SESSION.ipAddress(), null);

    AccessToken token = issuer.issue(ADA, endingSoon, T0);

    JwtClaims claims = verifier(issuer.publicKeySet(T0), T0).processToClaims(token.compact());
    assertEquals(T0.plusSeconds(300).getEpochSecond(), claims.getExpirationTime().getValue());
    assertEquals(T0.plusSeconds(300).getEpochSecond(), token.expiresAt().getEpochSecond());
  }

  @Test
  void anExpiredTokenIsRefusedByAStandardVerifier() {
    AccessToken token = issuer.issue(ADA, SESSION, T0);
    String jwks = issuer.publicKeySet(T0);

    assertThrows(
        InvalidJwtException.class,
        () -> verifier(jwks, T0.plus(Duration.ofMinutes(16))).processToClaims(token.compact()));
  }

  @Test
  void theJwksHoldsOnlyPublicRs256SigningKeys() {
    issuer.issue(ADA, SESSION, T0);

    Map<String, Object> jwks = parse(issuer.publicKeySet(T0));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");
    assertEquals(1, keys.size());
    Map<String, Object> key = keys.get(0);
    assertEquals(Set.of("kty", "n", "e", "kid", "alg", "use"), key.keySet());
    assertEquals("RSA", key.get("kty"));
    assertEquals("RS256", key.get("alg"));
    assertEquals("sig", key.get("use"));
    assertEquals(256, Base64.getUrlDecoder().decode((String) key.get("n")).length, "2048 bits");
    assertTrue(((String) key.get("kid")).matches("[A-Za-z0-9_-]{22}"));
  }

  @Test
  void theJwksOfAFreshServerAlreadyHoldsTheKeyItWillSignWith() throws Exception {
    String jwks = issuer.publicKeySet(T0);

    AccessToken token = issuer.issue(ADA, SESSION, T0);
    verifier(jwks, T0).processToClaims(token.compact());
    assertEquals(1, store.all().size());
  }

  @Test
  void theStoreHoldsThePrivateKeyOnlyEncrypted() {
    issuer.issue(ADA, SESSION, T0);

    var stored = store.all().get(0);
    assertFalse(stored.publicJwk().contains("\"d\""), stored.publicJwk());
    byte[] pkcs8 =
        SigningKeyCipherTest.oldCipher().decrypt(stored.kid(), stored.encryptedPrivateKey());
    assertFalse(
        new String(stored.encryptedPrivateKey(), StandardCharsets.ISO_8859_1)
            .contains(new String(pkcs8, StandardCharsets.ISO_8859_1).substring(0, 40)));
  }

  private static String payloadJson(AccessToken token) {
    String payload = token.compact().split("\\.")[1];
    return new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
  }

  private static Map<String, Object> parse(String json) {
    try {
      return JsonUtil.parseJson(json);
    } catch (JoseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void verifiesItsOwnLiveTokensAsMpJwtDoes() {
    AccessToken token = issuer.issue(ADA, SESSION, T0);

    var claims = issuer.verify(token.compact(), T0.plusSeconds(60)).orElseThrow();
    assertEquals(ADA.id().value(), claims.subject());
    assertEquals(SESSION.id().value(), claims.sessionId());
    assertEquals(Set.of("user"), claims.groups());
    assertTrue(issuer.verify(token.compact(), token.expiresAt().plusSeconds(29)).isPresent());
  }

  @Test
  void theTrustedKeySetVerifiesEveryTokenVerifyAcceptedOneSignedByAnotherServerToo()
      throws Exception {
    JoseTokenIssuer otherServer = TokenFixtures.issuer(store, SigningKeyCipherTest.oldCipher());
    assertTrue(new JsonWebKeySet(issuer.trustedKeySet(T0)).getJsonWebKeys().isEmpty());

    AccessToken token = otherServer.issue(ADA, SESSION, T0);
    Instant later = T0.plusSeconds(2);
    assertTrue(issuer.verify(token.compact(), later).isPresent());

    String trusted = issuer.trustedKeySet(later);
    assertEquals(
        ADA.id().value(), verifier(trusted, later).processToClaims(token.compact()).getSubject());
    assertEquals(issuer.publicKeySet(later), trusted);
  }

  @Test
  void refusesExpiredForeignTamperedAndMalformedTokens() throws Exception {
    AccessToken token = issuer.issue(ADA, SESSION, T0);
    JoseTokenIssuer other =
        TokenFixtures.issuer(new InMemorySigningKeyStore(), SigningKeyCipherTest.oldCipher());
    String foreign = other.issue(ADA, SESSION, T0).compact();
    String[] parts = token.compact().split("\\.");
    String unsigned =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";

    assertFalse(issuer.verify(token.compact(), token.expiresAt().plusSeconds(31)).isPresent());
    assertFalse(
        issuer.verify(foreign, T0).isPresent(), "another issuer's key is not published here");
    assertFalse(issuer.verify(parts[0] + "." + parts[1] + "x." + parts[2], T0).isPresent());
    assertFalse(issuer.verify(unsigned, T0).isPresent());
    assertFalse(issuer.verify("not a token", T0).isPresent());
    for (String appended : new String[] {"!", "=", "==", "~", "\"", " ", "\n", "AAAA", "."}) {
      assertFalse(
          issuer.verify(token.compact() + appended, T0.plusSeconds(60)).isPresent(),
          () -> "the token with " + appended + " appended");
    }
  }

  @Test
  void aKeyStoreThatCannotBeReadIsAFailureNotARefusedToken() {
    AccessToken token = issuer.issue(ADA, SESSION, T0);
    IllegalStateException away = new IllegalStateException("the database is away");
    SigningKeyStore unreadable =
        new SigningKeyStore() {
          @Override
          public List<StoredKey> published(Instant now) {
            throw away;
          }

          @Override
          public void add(StoredKey key) {
            throw away;
          }

          @Override
          public void stopSigningBefore(Instant createdBefore, Instant now) {
            throw away;
          }

          @Override
          public boolean withdraw(String kid, Instant now) {
            throw away;
          }

          @Override
          public void reencrypt(String kid, byte[] encryptedPrivateKey) {
            throw away;
          }

          @Override
          public <T> T underLock(Supplier<T> work) {
            throw away;
          }
        };
    JoseTokenIssuer cut =
        new JoseTokenIssuer(
            new SigningKeys(
                unreadable,
                SigningKeyCipherTest.oldCipher(),
                new RecordingAudit(),
                TokenFixtures.TIMELINE),
            ISSUER,
            AUDIENCE);

    assertEquals(
        away, assertThrows(IllegalStateException.class, () -> cut.verify(token.compact(), T0)));
    assertTrue(issuer.verify(token.compact(), T0).isPresent(), "the readable store verifies it");
  }
}
