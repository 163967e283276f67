package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.SessionRepository.SessionOfUser;
import io.taskguard.application.port.out.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A second factor proved again on the session the caller has (a TOTP code, a passkey): recorded on
 * the session, which then confirms sensitive changes for the fresh age, and audited. No new session
 * is made; the caller gets the same one and a new JWT.
 */
@ApplicationScoped
public class StepUp {

  private final SessionRepository sessions;
  private final TokenIssuer tokens;
  private final AuditLog audit;

  /** For CDI's client proxy only. */
  protected StepUp() {
    this(null, null, null);
  }

  @Inject
  public StepUp(SessionRepository sessions, TokenIssuer tokens, AuditLog audit) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.audit = audit;
  }

  SignedIn proved(SessionOfUser current, String sessionToken, ClientInfo client, Instant now) {
    sessions.markSteppedUp(current.session().id(), now);
    audit.record(AuditLog.Event.TWO_FACTOR_PASSED, current.user().id(), client.address(), now);
    return new SignedIn(
        current.user(),
        current.session().steppedUpAt(now),
        sessionToken,
        tokens.issue(current.user(), current.session(), now));
  }
}
