package io.taskguard.application.port.out;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs access JWTs with the current signing key and publishes the keys that verify them. When no
 * key signs (none yet, or the rotation period of the last one has passed), issuing makes one: the
 * lazy rotation of spec D-16.
 */
public interface TokenIssuer {

  /** A JWT for {@code user} under {@code session}, issued at {@code now}. */
  AccessToken issue(User user, Session session, Instant now);

  /** The public keys that verify live tokens, as a JWK Set JSON document. */
  String publicKeySet(Instant now);

  /**
   * The public keys this server trusts at {@code now} as it holds them, without reading the store:
   * the JWK Set {@link #isPublished} and {@link #verify} judge by.
   */
  String trustedKeySet(Instant now);

  /** Whether key {@code kid} is published at {@code now}. */
  boolean isPublished(String kid, Instant now);

  /**
   * The claims of {@code compact} when it verifies at {@code now} as MicroProfile JWT verifies the
   * task API's tokens: RS256 by a published key, this issuer and audience, not expired (with the
   * same clock skew), with a subject and an issue time; empty otherwise.
   */
  Optional<AccessTokenClaims> verify(String compact, Instant now);
}
