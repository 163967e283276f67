package io.taskguard.application.port.in;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import java.util.List;

/** The live sessions of a session token's holder. */
public interface ListSessionsUseCase {

  /** The caller's live sessions, newest first, and which of them is the caller's own. */
  record LiveSessions(SessionId current, List<Session> sessions) {}

  /** The caller's live sessions. */
  LiveSessions list(String sessionToken);
}
