package io.taskguard.application.port.in;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;

/**
 * The outcome of a sign-up or sign-in: the user, their new session, the opaque session token that
 * proves it (shown to the client once, stored only as a hash) and a first access JWT. A sign-up
 * that must verify its address first has no session: the three are null.
 */
public record SignedIn(User user, Session session, String sessionToken, AccessToken accessToken) {

  /** A new account that may sign in once its address is verified. */
  public static SignedIn awaitingVerification(User user) {
    return new SignedIn(user, null, null, null);
  }

  /** Whether a session was opened. */
  public boolean hasSession() {
    return session != null;
  }

  @Override
  public String toString() {
    return "SignedIn[user="
        + user.id()
        + ", session="
        + (session == null ? "none" : session.id())
        + "]";
  }
}
