package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.TokenIssuer;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Opens a session for a user who just proved who they are, and issues its first JWT. */
@ApplicationScoped
public class SessionStarter {

  private final SessionRepository sessions;
  private final TokenIssuer tokens;
  private final IdentitySettings settings;
  private final AuthEvents events;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SessionStarter() {
    this(null, null, null, null, null);
  }

  @Inject
  public SessionStarter(
      SessionRepository sessions,
      TokenIssuer tokens,
      IdentitySettings settings,
      AuthEvents events,
      Clock clock) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.settings = settings;
    this.events = events;
    this.clock = clock;
  }

  SignedIn start(User user, ClientInfo client) {
    return start(user, client, false);
  }

  /**
   * As {@link #start(User, ClientInfo)}; with {@code secondFactor}, the person also proved a second
   * factor just now, so the session counts as stepped up from its first moment.
   */
  SignedIn start(User user, ClientInfo client, boolean secondFactor) {
    Instant now = clock.instant();
    Session session =
        new Session(
            SessionId.random(),
            user.id(),
            now.plus(settings.sessionTtl()),
            now,
            now,
            client.address(),
            client.userAgent(),
            secondFactor ? now : null);
    String token = SessionTokens.newToken();
    sessions.add(session, SessionTokens.hash(token));
    AccessToken jwt = tokens.issue(user, session, now);
    events.jwtIssued();
    return new SignedIn(user, session, token, jwt);
  }
}
