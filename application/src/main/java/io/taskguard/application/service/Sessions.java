package io.taskguard.application.service;

import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.user.IdentityFailure;
import java.time.Instant;

/**
 * The live session a session token proves, for the use cases that act on their holder's account.
 */
final class Sessions {

  private Sessions() {}

  /**
   * @throws IdentityFailure.NotAuthenticated when the token proves no live session
   */
  static SessionRepository.SessionOfUser live(
      SessionRepository sessions, String sessionToken, Instant now) {
    byte[] hash = SessionTokens.hash(sessionToken);
    if (hash == null) {
      throw new IdentityFailure.NotAuthenticated();
    }
    return sessions.findLiveWithUser(hash, now).orElseThrow(IdentityFailure.NotAuthenticated::new);
  }
}
