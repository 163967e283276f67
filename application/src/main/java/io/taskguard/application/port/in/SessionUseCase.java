package io.taskguard.application.port.in;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import java.util.List;
import java.util.Optional;

/**
 * What a holder of a session token can do with it: see the session, trade it for a JWT, list and
 * end their sessions, sign out. An unknown, expired or revoked token proves nothing.
 */
public interface SessionUseCase {

  /** A live session with its user. */
  record CurrentSession(Session session, User user) {}

  Optional<CurrentSession> current(String sessionToken);

  /** The caller's live sessions, newest first, and which of them is the caller's own. */
  record LiveSessions(SessionId current, List<Session> sessions) {}

  /** A fresh access JWT for the token's live session. */
  AccessToken token(String sessionToken);

  /** A fresh access JWT for a session already found live by {@link #current}. */
  AccessToken token(CurrentSession current);

  /** The caller's live sessions. */
  LiveSessions list(String sessionToken);

  /** Ends one of the caller's own sessions. */
  void revoke(String sessionToken, SessionId id);

  /** Ends every session of the caller but the one the token proves; returns how many. */
  int revokeOthers(String sessionToken);

  /** Ends the token's session and every JWT issued under it; unknown tokens are ignored. */
  void signOut(String sessionToken, ClientInfo client);
}
