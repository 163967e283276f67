package io.taskguard.adapter.token;

import static io.taskguard.adapter.token.TokenFixtures.ADA;
import static io.taskguard.adapter.token.TokenFixtures.AUDIENCE;
import static io.taskguard.adapter.token.TokenFixtures.ISSUER;
import static io.taskguard.adapter.token.TokenFixtures.OPERATOR;
import static io.taskguard.adapter.token.TokenFixtures.SESSION;
import static io.taskguard.adapter.token.TokenFixtures.T0;
import static io.taskguard.adapter.token.TokenFixtures.TIMELINE;
import static io.taskguard.adapter.token.TokenFixtures.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AuditLog;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

class KeyRotationTest {

  private static final Instant T1 = T0.plus(Duration.ofHours(1));
  private static final Duration RETENTION = TIMELINE.retention();

  private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  private final RecordingAudit audit = new RecordingAudit();
  private final SigningKeys keys =
      new SigningKeys(store, SigningKeyCipherTest.oldCipher(), audit, TIMELINE);
  private final JoseTokenIssuer issuer = new JoseTokenIssuer(keys, ISSUER, AUDIENCE);

  @Test
  void everyNewOrWithdrawnKeyIsAuditedWithWhatCausedIt() throws Exception {
    String first = kid(issuer.issue(ADA, SESSION, T0));
    assertEquals(first, kid(issuer.issue(ADA, SESSION, T0.plusSeconds(1))), "no second key");
    String operators = keys.rotateNow(T1, OPERATOR);
    Instant periodEnd = T1.plus(Duration.ofDays(30));
    String successor = kid(issuer.issue(ADA, SESSION, periodEnd));
    assertFalse(keys.withdraw("no-such-kid", periodEnd, OPERATOR));
    assertTrue(keys.withdraw(operators, periodEnd, OPERATOR));

    assertNotEquals(operators, successor);
    assertEquals(
        List.of(
            new RecordingAudit.Entry(AuditLog.Event.KEY_ROTATED, null, T0),
            new RecordingAudit.Entry(AuditLog.Event.OPERATOR_KEY_ROTATED, OPERATOR, T1),
            new RecordingAudit.Entry(AuditLog.Event.KEY_ROTATED, null, periodEnd),
            new RecordingAudit.Entry(AuditLog.Event.OPERATOR_KEY_WITHDRAWN, OPERATOR, periodEnd)),
        audit.entries);
  }

  @Test
  void retentionCoversTokenLifetimeSkewRefreshAndAMargin() {
    assertEquals(Duration.ofMinutes(15).plusSeconds(30).plusSeconds(30).plusMinutes(1), RETENTION);
  }

  @Test
  void rotateNowSignsWithTheNewKeyAndKeepsTheOldOnePublishedUntilItsTokensExpire()
      throws Exception {
    AccessToken old = issuer.issue(ADA, SESSION, T1.minusSeconds(60));

    keys.rotateNow(T1, OPERATOR);
    AccessToken fresh = issuer.issue(ADA, SESSION, T1);

    assertNotEquals(kid(old), kid(fresh));
    assertEquals(Set.of(kid(old), kid(fresh)), kids(issuer.publicKeySet(T1)));
    Instant oldExpiry = old.expiresAt();
    verifier(issuer.publicKeySet(oldExpiry), oldExpiry).processToClaims(old.compact());
    assertEquals(
        Set.of(kid(old), kid(fresh)),
        kids(issuer.publicKeySet(T1.plus(RETENTION).minusSeconds(1))));
    assertEquals(Set.of(kid(fresh)), kids(issuer.publicKeySet(T1.plus(RETENTION))));
  }

  @Test
  void aKeyWhosePeriodEndedWithoutRotationIsReplacedAtTheNextIssueAndThenLeaves() {
    String first = kid(issuer.issue(ADA, SESSION, T0));
    Instant periodEnd = T0.truncatedTo(ChronoUnit.MICROS).plus(Duration.ofDays(30));

    String second = kid(issuer.issue(ADA, SESSION, periodEnd));

    assertNotEquals(first, second);
    assertEquals(
        Set.of(first, second),
        kids(issuer.publicKeySet(periodEnd.plus(RETENTION).minusNanos(1000))));
    assertEquals(Set.of(second), kids(issuer.publicKeySet(periodEnd.plus(RETENTION))));
  }

  @Test
  void aRetiredKeyLeavesTheJwksAtTheNextRefreshAndANewKeySigns() {
    String first = kid(issuer.issue(ADA, SESSION, T0));

    store.retire(first, T0.plusSeconds(1));
    Instant afterRefresh = T0.plus(TIMELINE.refresh());

    assertFalse(kids(issuer.publicKeySet(afterRefresh)).contains(first));
    assertNotEquals(first, kid(issuer.issue(ADA, SESSION, afterRefresh)));
  }

  @Test
  void aTokenSignedByARemovedKeyIsRefused() throws Exception {
    AccessToken old = issuer.issue(ADA, SESSION, T0);
    keys.rotateNow(T0.plusSeconds(60), OPERATOR);
    String laterJwks = issuer.publicKeySet(T0.plusSeconds(60).plus(RETENTION));

    assertThrows(
        InvalidJwtException.class, () -> verifier(laterJwks, T0).processToClaims(old.compact()));
  }

  @Test
  void reencryptionMovesEveryKeyToTheNewestSecret() {
    issuer.issue(ADA, SESSION, T0);
    keys.rotateNow(T1, OPERATOR);
    SigningKeys newSecretOnly =
        new SigningKeys(store, SigningKeyCipherTest.newCipher(), new RecordingAudit(), TIMELINE);
    assertThrows(IllegalStateException.class, () -> newSecretOnly.signingKey(T1));

    int count = new SecretRotation(store, SigningKeyCipherTest.rotatingCipher()).reencryptAll(T1);

    assertEquals(2, count);
    store
        .all()
        .forEach(k -> SigningKeyCipherTest.newCipher().decrypt(k.kid(), k.encryptedPrivateKey()));
    assertEquals(kid(issuer.issue(ADA, SESSION, T1)), newSecretOnly.signingKey(T1).getKeyId());
  }

  static String kid(AccessToken token) {
    try {
      return JsonWebSignature.fromCompactSerialization(token.compact()).getKeyIdHeaderValue();
    } catch (JoseException e) {
      throw new AssertionError(e);
    }
  }

  static Set<String> kids(String jwks) {
    try {
      List<JsonWebKey> keys = new JsonWebKeySet(jwks).getJsonWebKeys();
      return keys.stream().map(JsonWebKey::getKeyId).collect(Collectors.toSet());
    } catch (JoseException e) {
      throw new AssertionError(e);
    }
  }
}
