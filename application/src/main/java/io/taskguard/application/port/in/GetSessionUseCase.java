package io.taskguard.application.port.in;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;
import java.util.Optional;

/**
 * The live session a session token proves, with its user. An unknown, expired or revoked token
 * proves nothing.
 */
public interface GetSessionUseCase {

  /** A live session with its user. */
  record CurrentSession(Session session, User user) {}

  Optional<CurrentSession> current(String sessionToken);
}
