package io.taskguard.application.port.in;

/**
 * Whether the session behind a verified JWT is still live. This is what makes sign-out end a
 * session's JWTs on every server within a second, where plain JWTs would live until they expire.
 */
public interface SessionCheckUseCase {

  /**
   * True when session {@code sessionId} of user {@code userId} is live (answers may be ≤1 s old).
   */
  boolean isLive(String sessionId, String userId);
}
