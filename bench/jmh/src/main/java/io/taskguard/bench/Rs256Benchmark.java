package io.taskguard.bench;

import java.util.concurrent.TimeUnit;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RS256 signing and verification of a taskguard-shaped access token with jose4j and a 2048-bit key:
 * the per-request cost of issuing and of checking a JWT.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class Rs256Benchmark {

  private RsaJsonWebKey key;
  private JwtClaims claims;
  private String token;
  private JwtConsumer consumer;

  @Setup
  public void setUp() throws JoseException {
    key = RsaJwkGenerator.generateJwk(2048);
    key.setKeyId("bench");
    claims = new JwtClaims();
    claims.setIssuer("http://localhost:9080");
    claims.setAudience("taskguard");
    claims.setSubject("0b9f6f2e-1c1b-4a53-9a53-2f1f3e0c8a11");
    claims.setIssuedAtToNow();
    claims.setExpirationTimeMinutesInTheFuture(15);
    claims.setGeneratedJwtId();
    claims.setClaim("email", "ada@example.com");
    claims.setClaim("name", "Ada");
    token = sign();
    consumer =
        new JwtConsumerBuilder()
            .setVerificationKey(key.getPublicKey())
            .setExpectedIssuer("http://localhost:9080")
            .setExpectedAudience("taskguard")
            .setRequireExpirationTime()
            .build();
  }

  @Benchmark
  public String sign() throws JoseException {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    return jws.getCompactSerialization();
  }

  @Benchmark
  public JwtClaims verify() throws Exception {
    return consumer.processToClaims(token);
  }
}
