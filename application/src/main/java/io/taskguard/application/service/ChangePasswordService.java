package io.taskguard.application.service;

import io.taskguard.application.port.in.ChangePasswordUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Password change. It needs the current password, which is a guess like a sign-in: wrong ones count
 * against the account and the address. The holder may end every other session with it. Both
 * passwords are hashed outside any transaction: the session is read before them and the change
 * written after them ({@link DatabaseScopes}).
 */
@ApplicationScoped
public class ChangePasswordService implements ChangePasswordUseCase {

  private final SessionRepository sessions;
  private final PasswordConfirmation confirmation;
  private final PasswordReplacement replacement;
  private final SessionEnder ender;
  private final PasswordCheckService passwords;
  private final AuditLog audit;
  private final DatabaseScopes scopes;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ChangePasswordService() {
    this(null, null, null, null, null, null, null, null);
  }

  @Inject
  public ChangePasswordService(
      SessionRepository sessions,
      PasswordConfirmation confirmation,
      PasswordReplacement replacement,
      SessionEnder ender,
      PasswordCheckService passwords,
      AuditLog audit,
      DatabaseScopes scopes,
      Clock clock) {
    this.sessions = sessions;
    this.confirmation = confirmation;
    this.replacement = replacement;
    this.ender = ender;
    this.passwords = passwords;
    this.audit = audit;
    this.scopes = scopes;
    this.clock = clock;
  }

  @Override
  public Changed change(Command change) {
    Instant now = clock.instant();
    SessionRepository.SessionOfUser current =
        scopes.read(() -> Sessions.live(sessions, change.sessionToken(), now));
    User user = current.user();
    passwords.require(change.newPassword(), user.email(), user.name());
    confirmation.confirm(user, change.currentPassword(), change.client(), now);
    PasswordHash hash = replacement.hash(change.newPassword());
    scopes.write(
        () -> {
          replacement.replace(user, hash, now);
          if (change.revokeOtherSessions()) {
            ender.endAllBut(user.id(), current.session().id(), now);
          }
          audit.record(AuditLog.Event.PASSWORD_CHANGED, user.id(), change.client().address(), now);
        });
    return new Changed(
        user, change.revokeOtherSessions() ? Optional.of(change.sessionToken()) : Optional.empty());
  }
}
