package io.taskguard.application.port.in;

import io.taskguard.application.port.out.AccessTokenClaims;
import java.util.Optional;

/**
 * The public side of token signing: the published keys (issuing a token rotates lazily, see {@code
 * TokenIssuer}). Operators rotate and withdraw keys through {@link RotateSigningKeyUseCase} and
 * {@link WithdrawSigningKeyUseCase}.
 */
public interface SigningKeysUseCase {

  /** The JWK Set that verifies every live token. */
  String publicKeySet();

  /**
   * The JWK Set {@link #isTrusted} and {@link #verify} judge by at this moment, as this server
   * holds it (the store is not read for it): a token {@link #verify} accepted a moment ago verifies
   * with one of its keys.
   */
  String trustedKeySet();

  /**
   * Whether tokens signed with key {@code kid} are still trusted: the key is published now. A key
   * withdrawn by an operator stops being trusted on every server within the key refresh interval.
   */
  boolean isTrusted(String kid);

  /**
   * The claims of {@code token} when it is a live access token of this service (signature by a
   * published key, issuer, audience, expiry), for a request MicroProfile JWT did not judge: one
   * whose {@code Authorization} scheme is written in another case or followed by more than one
   * space, which Liberty's MP-JWT does not recognise (RFC 9110 makes both the same credential).
   */
  Optional<AccessTokenClaims> verify(String token);
}
