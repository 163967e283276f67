package io.taskguard.adapter.token;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/** The fixed instant, people and verifier the token tests share. */
final class TokenFixtures {

  static final Instant T0 = Instant.parse("2026-11-24T10:14:08.911Z");
  static final String ISSUER = "https://taskguard.example";
  static final String AUDIENCE = "taskguard-test";
  static final String OPERATOR = "198.51.100.9";
  static final KeyTimeline TIMELINE =
      new KeyTimeline(Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofDays(30));

  static final User ADA =
      new User(
          new UserId("3f0e9a52-5d1c-4c47-9a49-0e7c1f3b2d10"),
          new Email("Ada@Example.com"),
          "Ada Lovelace",
          false,
          null,
          Instant.parse("2026-11-20T08:00:00Z"),
          Instant.parse("2026-11-24T10:14:08.911Z"));

  static final Session SESSION =
      new Session(
          new SessionId("6b1d2c43-97f1-4a8e-b7a2-5c0d2e9f8a71"),
          ADA.id(),
          T0.plus(Duration.ofDays(7)),
          T0,
          T0,
          "203.0.113.7",
          "test");

  private TokenFixtures() {}

  static JoseTokenIssuer issuer(InMemorySigningKeyStore store, SigningKeyCipher cipher) {
    return new JoseTokenIssuer(
        new SigningKeys(store, cipher, new RecordingAudit(), TIMELINE), ISSUER, AUDIENCE);
  }

  /**
   * A standard verifier that knows only the keys of {@code jwks} and judges time at {@code at},
   * with the 30 s skew the task API allows.
   */
  static JwtConsumer verifier(String jwks, Instant at) throws JoseException {
    return new JwtConsumerBuilder()
        .setVerificationKeyResolver(
            new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
        .setJwsAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, "RS256"))
        .setExpectedIssuer(ISSUER)
        .setExpectedAudience(AUDIENCE)
        .setRequireSubject()
        .setRequireIssuedAt()
        .setRequireExpirationTime()
        .setRequireJwtId()
        .setAllowedClockSkewInSeconds(30)
        .setEvaluationTime(NumericDate.fromSeconds(at.getEpochSecond()))
        .build();
  }
}
