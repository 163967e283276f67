package io.taskguard.application.port.in;

/** A session token's holder ends every other session of theirs. */
public interface RevokeOtherSessionsUseCase {

  /** Ends every session of the caller but the one the token proves; returns how many. */
  int revokeOthers(String sessionToken);
}
