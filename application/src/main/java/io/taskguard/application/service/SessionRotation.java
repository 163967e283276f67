package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Replaces a session with a new one when how its user signs in changes (two-factor turned on or
 * off): the old token stops working everywhere, so a token copied before the change is worth
 * nothing after it.
 */
@ApplicationScoped
public class SessionRotation {

  private final SessionEnder ender;
  private final SessionStarter starter;

  /** For CDI's client proxy only. */
  protected SessionRotation() {
    this(null, null);
  }

  @Inject
  public SessionRotation(SessionEnder ender, SessionStarter starter) {
    this.ender = ender;
    this.starter = starter;
  }

  /** Ends {@code current} and starts its successor; {@code secondFactor}: one was just proved. */
  SignedIn replace(
      SessionOfUser current, User user, ClientInfo client, Instant now, boolean secondFactor) {
    ender.end(user.id(), current.session().id(), now);
    return starter.start(user, client, secondFactor);
  }
}
