package io.taskguard.application.service;

import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.GetSessionUseCase;
import io.taskguard.application.port.in.IssueAccessTokenUseCase;
import io.taskguard.application.port.in.ListSessionsUseCase;
import io.taskguard.application.port.in.RevokeOtherSessionsUseCase;
import io.taskguard.application.port.in.RevokeSessionUseCase;
import io.taskguard.application.port.in.SignOutUseCase;
import io.taskguard.application.port.out.AccessToken;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.TokenIssuer;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything a session token lets its holder do; the token is looked up by its hash only. Reads
 * (the session, a JWT for it, the list) run without a transaction of their own; the hot path of
 * {@code get-session} and {@code /token} needs none (a signing key it may create is stored in a
 * transaction of the key store's).
 */
@ApplicationScoped
@Transactional
public class SessionService
    implements GetSessionUseCase,
        IssueAccessTokenUseCase,
        ListSessionsUseCase,
        RevokeSessionUseCase,
        RevokeOtherSessionsUseCase,
        SignOutUseCase {

  static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private final SessionRepository sessions;
  private final TokenIssuer tokens;
  private final AuditLog audit;
  private final AuthEvents events;
  private final SessionEnder ender;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SessionService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public SessionService(
      SessionRepository sessions,
      TokenIssuer tokens,
      AuditLog audit,
      AuthEvents events,
      SessionEnder ender,
      Clock clock) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.audit = audit;
    this.events = events;
    this.ender = ender;
    this.clock = clock;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CurrentSession> current(String sessionToken) {
    byte[] hash = SessionTokens.hash(sessionToken);
    if (hash == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return sessions
        .findLiveWithUser(hash, now)
        .map(found -> new CurrentSession(noteUse(found.session(), now), found.user()));
  }

  /**
   * A session's last use, for the session list, written at most once a minute per session: a client
   * asking for a session or a JWT many times a minute costs no more writes.
   */
  private Session noteUse(Session session, Instant now) {
    if (!session.updatedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
      return session;
    }
    sessions.markUsed(session.id(), now);
    return session.usedAt(now);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AccessToken token(String sessionToken) {
    return token(current(sessionToken).orElseThrow(IdentityFailure.NotAuthenticated::new));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public AccessToken token(CurrentSession current) {
    AccessToken jwt = tokens.issue(current.user(), current.session(), clock.instant());
    events.jwtIssued();
    return jwt;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public LiveSessions list(String sessionToken) {
    Instant now = clock.instant();
    Session session = live(sessionToken, now).orElseThrow(IdentityFailure.NotAuthenticated::new);
    return new LiveSessions(session.id(), sessions.listLive(session.userId(), now));
  }

  @Override
  public void revoke(String sessionToken, SessionId id) {
    Instant now = clock.instant();
    Session session = live(sessionToken, now).orElseThrow(IdentityFailure.NotAuthenticated::new);
    if (!ender.end(session.userId(), id, now)) {
      throw new IdentityFailure.SessionNotFound();
    }
    audit.record(AuditLog.Event.SESSION_REVOKED, session.userId(), session.ipAddress(), now);
  }

  @Override
  public int revokeOthers(String sessionToken) {
    Instant now = clock.instant();
    Session session = live(sessionToken, now).orElseThrow(IdentityFailure.NotAuthenticated::new);
    int revoked = ender.endAllBut(session.userId(), session.id(), now);
    if (revoked > 0) {
      audit.record(AuditLog.Event.SESSION_REVOKED, session.userId(), session.ipAddress(), now);
    }
    return revoked;
  }

  @Override
  public void signOut(String sessionToken, ClientInfo client) {
    Instant now = clock.instant();
    Optional<Session> session = live(sessionToken, now);
    session.ifPresent(
        s -> {
          ender.end(s.userId(), s.id(), now);
          audit.record(AuditLog.Event.SIGN_OUT, s.userId(), client.address(), now);
        });
  }

  private Optional<Session> live(String sessionToken, Instant now) {
    byte[] hash = SessionTokens.hash(sessionToken);
    return hash == null ? Optional.empty() : sessions.findLive(hash, now);
  }
}
