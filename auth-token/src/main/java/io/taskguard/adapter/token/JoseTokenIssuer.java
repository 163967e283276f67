package io.taskguard.adapter.token;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AccessTokenClaims;
import io.taskguard.application.port.out.TokenIssuer;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Issues taskguard's access tokens: RS256 JWTs signed with jose4j by the current {@link
 * SigningKeys} key, carrying what MicroProfile JWT verifies ({@code iss}, {@code aud}, {@code exp},
 * {@code groups}), the session they die with ({@code sid}) and the user fields a Better Auth client
 * reads. A token never outlives its session.
 */
@ApplicationScoped
public class JoseTokenIssuer implements TokenIssuer {

  /** ISO-8601 UTC with exactly three fraction digits, as Better Auth writes instants. */
  static final DateTimeFormatter INSTANT_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** An issue time further ahead than the clock skew is refused, as MP-JWT refuses it. */
  private static final int ISSUED_AT_AHEAD_SECONDS = (int) KeyTimeline.CLOCK_SKEW.toSeconds();

  /** No token lives a day; its expiry is the real bound, this one only keeps the check finite. */
  private static final int ISSUED_AT_PAST_SECONDS = 86_400;

  private final SigningKeys keys;
  private final String issuer;
  private final String audience;
  private final RecentTokens recent;

  /** For CDI's proxy only. */
  protected JoseTokenIssuer() {
    this.keys = null;
    this.issuer = null;
    this.audience = null;
    this.recent = null;
  }

  @Inject
  public JoseTokenIssuer(
      SigningKeys keys,
      @ConfigProperty(name = "taskguard.jwt.issuer", defaultValue = "http://localhost:9080")
          String issuer,
      @ConfigProperty(name = "taskguard.jwt.audience", defaultValue = "taskguard")
          String audience) {
    this.keys = keys;
    this.issuer = issuer;
    this.audience = audience;
    this.recent = new RecentTokens(keys.timeline().tokenTtl());
  }

  /**
   * A JWT for {@code user} under {@code session}: the one signed here moments ago for the same
   * session when it is still young ({@link RecentTokens}), else a newly signed one.
   */
  @Override
  public AccessToken issue(User user, Session session, Instant now) {
    PublicJsonWebKey key = keys.signingKey(now);
    return recent
        .reusable(user, session, key.getKeyId(), now)
        .orElseGet(
            () -> {
              AccessToken jwt = sign(user, session, now, key);
              recent.remember(user, session, key.getKeyId(), now, jwt);
              return jwt;
            });
  }

  private AccessToken sign(User user, Session session, Instant now, PublicJsonWebKey key) {
    Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = issuedAt.plus(keys.timeline().tokenTtl());
    if (session.expiresAt().isBefore(expiresAt)) {
      expiresAt = session.expiresAt().truncatedTo(ChronoUnit.SECONDS);
    }
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(issuer);
    claims.setAudience(audience);
    claims.setSubject(user.id().value());
    claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setClaim("sid", session.id().value());
    claims.setStringListClaim("groups", List.of("user"));
    claims.setClaim("id", user.id().value());
    claims.setClaim("email", user.email().value());
    claims.setClaim("name", user.name());
    claims.setClaim("emailVerified", user.emailVerified());
    claims.setClaim("image", user.image());
    claims.setClaim("createdAt", INSTANT_MILLIS.format(user.createdAt()));
    claims.setClaim("updatedAt", INSTANT_MILLIS.format(user.updatedAt()));
    return new AccessToken(sign(claims, key), expiresAt);
  }

  private static String sign(JwtClaims claims, PublicJsonWebKey key) {
    JsonWebSignature jws = new JsonWebSignature();
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setKeyIdHeaderValue(key.getKeyId());
    jws.setHeader("typ", "JWT");
    jws.setPayload(claims.toJson());
    jws.setKey(key.getPrivateKey());
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("signing an access token failed", e);
    }
  }

  @Override
  public String publicKeySet(Instant now) {
    keys.signingKey(now); // a server asked for its keys before it signed anything still has one
    return keys.recentRing(now).jwks();
  }

  @Override
  public String trustedKeySet(Instant now) {
    return keys.ring(now).jwks();
  }

  @Override
  public boolean isPublished(String kid, Instant now) {
    return keys.verificationKey(kid, now).isPresent();
  }

  @Override
  public Optional<AccessTokenClaims> verify(String compact, Instant now) {
    if (!isCompactJws(compact)) {
      return Optional.empty();
    }
    // A key store that cannot be read (the database away) is not a refusal: jose4j would wrap its
    // failure as an invalid token, so it is kept here and thrown as itself.
    RuntimeException[] storeFailure = new RuntimeException[1];
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .setVerificationKeyResolver(
                (jws, nesting) -> {
                  try {
                    return keys.verificationKey(jws.getKeyIdHeaderValue(), now)
                        .orElseThrow(() -> new UnresolvableKeyException("no published key"))
                        .getPublicKey();
                  } catch (RuntimeException unreadable) {
                    storeFailure[0] = unreadable;
                    throw unreadable;
                  }
                })
            .setExpectedIssuer(issuer)
            .setExpectedAudience(audience)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setIssuedAtRestrictions(ISSUED_AT_AHEAD_SECONDS, ISSUED_AT_PAST_SECONDS)
            .setRequireSubject()
            .setAllowedClockSkewInSeconds((int) KeyTimeline.CLOCK_SKEW.toSeconds())
            .setEvaluationTime(NumericDate.fromMilliseconds(now.toEpochMilli()))
            .build();
    try {
      JwtClaims claims = consumer.processToClaims(compact);
      List<String> groups =
          claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
      return Optional.of(
          new AccessTokenClaims(
              claims.getSubject(), claims.getClaimValueAsString("sid"), Set.copyOf(groups)));
    } catch (InvalidJwtException | MalformedClaimException refused) {
      if (storeFailure[0] != null) {
        throw storeFailure[0];
      }
      return Optional.empty();
    }
  }

  /**
   * Whether {@code compact} is three non-empty base64url segments and nothing else (RFC 7515,
   * section 7.1). jose4j's decoder skips characters outside the alphabet, so a token sent with
   * {@code !} or {@code =} appended would verify as the token itself: it is not the token taskguard
   * issued, and is refused.
   */
  static boolean isCompactJws(String compact) {
    int dots = 0;
    int segment = 0;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c == '.') {
        if (segment == 0 || ++dots > 2) {
          return false;
        }
        segment = 0;
      } else if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_') {
        segment++;
      } else {
        return false;
      }
    }
    return dots == 2 && segment > 0;
  }
}
