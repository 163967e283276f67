package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies taskguard's JWTs as an independent service would: with jose4j, against the keys it
 * fetched itself from the {@code jwks_uri} of the server's discovery document. The verification
 * keys are explicit: the key set passed in, nothing implicit.
 */
public final class Jwts {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private Jwts() {}

  /** {@code GET url} as JSON; fails the test unless it answers 200. */
  public static JsonObject fetchJson(String url) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      WireLog.exchange("GET", null, answer);
      if (answer.statusCode() != 200) {
        throw new AssertionError(url + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return parse(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The key set at {@code jwksUri}. */
  public static JsonWebKeySet keySet(String jwksUri) {
    try {
      return new JsonWebKeySet(fetchJson(jwksUri).toString());
    } catch (JoseException e) {
      throw new AssertionError("not a JWK set at " + jwksUri, e);
    }
  }

  /**
   * Verifies {@code jwt}: RS256 only, signature by a key of {@code keys}, issuer and audience as
   * given, {@code exp}, {@code iat}, {@code sub} and {@code jti} present, 30 s clock skew.
   *
   * @throws InvalidJwtException when any check fails
   */
  public static JwtContext verify(String jwt, JsonWebKeySet keys, String issuer, String audience)
      throws InvalidJwtException {
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
            .setExpectedIssuer(issuer)
            .setExpectedAudience(audience)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setRequireJwtId()
            .setAllowedClockSkewInSeconds(30)
            .build();
    return consumer.process(jwt);
  }

  /** The decoded (unverified) header of a compact JWS. */
  public static JsonObject header(String jwt) {
    return part(jwt, 0);
  }

  /** The decoded (unverified) payload of a compact JWS. */
  public static JsonObject payload(String jwt) {
    return part(jwt, 1);
  }

  private static JsonObject part(String jwt, int index) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new AssertionError("not a compact JWS: " + jwt);
    }
    return parse(new String(Base64.getUrlDecoder().decode(parts[index]), StandardCharsets.UTF_8));
  }

  private static JsonObject parse(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
