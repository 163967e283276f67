package io.taskguard.application.service;

import io.taskguard.application.port.in.CancelEmailChangeUseCase;
import io.taskguard.application.port.in.PendingEmailChangeUseCase;
import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A requested email change as its account sees it until the new address confirms it: the address,
 * when it was asked for, and the withdrawal of every link still out.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class PendingEmailChangeService
    implements PendingEmailChangeUseCase, CancelEmailChangeUseCase {

  private final SessionRepository sessions;
  private final AccountTokenStore tokens;
  private final AuditLog audit;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PendingEmailChangeService() {
    this(null, null, null, null);
  }

  @Inject
  public PendingEmailChangeService(
      SessionRepository sessions, AccountTokenStore tokens, AuditLog audit, Clock clock) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Optional<Pending> pending(String sessionToken) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, sessionToken, now).user();
    return tokens
        .newestUsable(user.id(), TokenPurpose.CHANGE_EMAIL, now)
        .map(token -> new Pending(token.email(), token.createdAt(), token.expiresAt()));
  }

  @Override
  public boolean cancel(CancelEmailChangeUseCase.Command command) {
    Instant now = clock.instant();
    User user = Sessions.live(sessions, command.sessionToken(), now).user();
    boolean pending = tokens.retireAll(user.id(), TokenPurpose.CHANGE_EMAIL, now) > 0;
    if (pending) {
      audit.record(
          AuditLog.Event.EMAIL_CHANGE_CANCELLED, user.id(), command.client().address(), now);
    }
    return pending;
  }
}
