package io.taskguard.application.port.in;

import io.taskguard.application.port.out.AccessToken;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;

/**
 * The outcome of a sign-up or sign-in: the user, their new session, the opaque session token that
 * proves it (shown to the client once, stored only as a hash) and a first access JWT.
 */
public record SignedIn(User user, Session session, String sessionToken, AccessToken accessToken) {

  @Override
  public String toString() {
    return "SignedIn[user=" + user.id() + ", session=" + session.id() + "]";
  }
}
