package io.taskguard.application.port.in;

import io.taskguard.domain.session.SessionId;

/** A session token's holder ends one of their own sessions. */
public interface RevokeSessionUseCase {

  /** Ends one of the caller's own sessions. */
  void revoke(String sessionToken, SessionId id);
}
