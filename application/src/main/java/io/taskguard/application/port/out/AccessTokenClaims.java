package io.taskguard.application.port.out;

import java.util.Set;

/**
 * What the task API needs of an access token whose signature, issuer, audience and times verified:
 * whose it is, the session it dies with and its roles.
 *
 * @param subject the {@code sub} claim, the user's id
 * @param sessionId the {@code sid} claim, or null when the token has none
 * @param groups the {@code groups} claim, empty when the token has none
 */
public record AccessTokenClaims(String subject, String sessionId, Set<String> groups) {

  public AccessTokenClaims {
    groups = Set.copyOf(groups);
  }
}
