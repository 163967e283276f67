package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AccessLog;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TestUser;
import java.nio.file.Path;
import java.util.UUID;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * Tokens naming keys the server never had: each is refused, and the work they cause is bounded.
 * Such a token never reaches MP-JWT (the server's own verifier refuses it first), and MP-JWT is
 * given its keys rather than fetching them, so no forged kid makes the server request its own JWKS:
 * the test counts those requests in the access log.
 */
class UnknownKidIT {

  private static final int TOKENS = 50;
  private final TaskApi api = new TaskApi();

  @Test
  void unknownKeysAreRefusedWithBoundedWork() throws Exception {
    TestUser victim = api.signUp("unknown-kid");
    RsaJsonWebKey attacker = RsaJwkGenerator.generateJwk(2048);
    long before = jwksFetches();

    long started = System.nanoTime();
    for (int i = 0; i < TOKENS; i++) {
      String forged = forge(attacker, victim.id(), "junk-" + UUID.randomUUID());
      HttpResult answer = api.get(TaskApi.tasks(victim.id()), forged);
      assertEquals(401, answer.status(), answer.body());
      assertEquals("{\"detail\":\"Not authenticated\"}", answer.body());
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Thread.sleep(1500); // the access log is written asynchronously
    long fetches = jwksFetches() - before;

    System.out.printf(
        "[unknown-kid] %d forged tokens: %d JWKS fetches (%.1f per token), %d ms in all%n",
        TOKENS, fetches, (double) fetches / TOKENS, millis);
    assertEquals(0, fetches, "the server requested its own JWKS");
  }

  private static String forge(RsaJsonWebKey key, String subject, String kid) throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(System.getProperty("taskguard.test.base-url"));
    claims.setAudience("taskguard");
    claims.setSubject(subject);
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(10);
    claims.setGeneratedJwtId();
    claims.setClaim("sid", UUID.randomUUID().toString());
    claims.setStringListClaim("groups", "user");
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(kid);
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  private static long jwksFetches() {
    return AccessLog.requestsFor(
        Path.of(System.getProperty("taskguard.test.server.dir"), "logs"), "/api/auth/jwks");
  }
}
