package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.PasswordUseCase;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordPolicy;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Password change and reset. A change needs the current password, which is a guess like a sign-in:
 * wrong ones count against the account and the address. A reset link is mailed only to an account's
 * address and only within its mail limit, and the request answers the same either way; the reset
 * uses its token only once the new password is accepted, retires every other reset link, marks the
 * address verified (the link proved it), and by default ends every session of the account.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class PasswordService implements PasswordUseCase {

  private final UserRepository users;
  private final SessionRepository sessions;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final MailedTokens tokens;
  private final MailQuota quota;
  private final AccountMailer mailer;
  private final SessionEnder ender;
  private final AuditLog audit;
  private final AccountSettings settings;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PasswordService() {
    this(null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public PasswordService(
      UserRepository users,
      SessionRepository sessions,
      PasswordHasher hasher,
      LoginThrottle throttle,
      MailedTokens tokens,
      MailQuota quota,
      AccountMailer mailer,
      SessionEnder ender,
      AuditLog audit,
      AccountSettings settings,
      Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.hasher = hasher;
    this.throttle = throttle;
    this.tokens = tokens;
    this.quota = quota;
    this.mailer = mailer;
    this.ender = ender;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public Changed change(Change change) {
    Instant now = clock.instant();
    SessionRepository.SessionOfUser current = Sessions.live(sessions, change.sessionToken(), now);
    User user = current.user();
    PasswordPolicy.standard().check(change.newPassword(), user.email());
    Passwords.confirm(
        users, hasher, throttle, audit, user, change.currentPassword(), change.client(), now);
    users.changePasswordHash(user.id(), hasher.hash(change.newPassword()));
    tokens.retireAll(user, TokenPurpose.RESET_PASSWORD, now);
    Optional<String> kept = Optional.empty();
    if (change.revokeOtherSessions()) {
      ender.endAllBut(user.id(), current.session().id(), now);
      kept = Optional.of(change.sessionToken());
    }
    audit.record(AuditLog.Event.PASSWORD_CHANGED, user.id(), change.client().address(), now);
    mailer.passwordChanged(user, now);
    return new Changed(user, kept);
  }

  @Override
  public void requestReset(ResetRequest request) {
    Instant now = clock.instant();
    Email email = new Email(request.email());
    quota.admitClient(request.client(), now);
    Optional<User> user = users.findByEmail(email).map(account -> account.user());
    audit.record(
        AuditLog.Event.PASSWORD_RESET_REQUESTED,
        user.map(User::id).orElse(null),
        request.client().address(),
        now);
    if (user.isPresent() && quota.allowsMailTo(email, now)) {
      String token =
          tokens.issue(
              TokenPurpose.RESET_PASSWORD, user.get(), email, now, settings.resetTokenTtl());
      mailer.passwordReset(user.get(), token, request.callback(), now);
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean resetTokenValid(String token) {
    try {
      tokens.usable(token, clock.instant(), TokenPurpose.RESET_PASSWORD);
      return true;
    } catch (DomainException.InvalidToken | DomainException.TokenExpired unusable) {
      return false;
    }
  }

  @Override
  public void reset(Reset reset) {
    Instant now = clock.instant();
    PasswordPolicy.standard().check(reset.newPassword(), null);
    AccountToken token = usableResetToken(reset.token(), now);
    User user =
        users
            .findById(token.userId())
            .orElseThrow(() -> new DomainException.InvalidToken(TokenPurpose.RESET_PASSWORD));
    PasswordPolicy.standard().check(reset.newPassword(), user.email());
    tokens.use(token, now);
    users.changePasswordHash(user.id(), hasher.hash(reset.newPassword()));
    tokens.retireAll(user, TokenPurpose.RESET_PASSWORD, now);
    if (token.email().equals(user.email()) && !user.emailVerified()) {
      users.markEmailVerified(user.id(), now);
    }
    if (settings.revokeSessionsOnReset()) {
      ender.endAll(user.id(), now);
    }
    throttle.recordSuccess(user.email());
    audit.record(AuditLog.Event.PASSWORD_RESET, user.id(), reset.client().address(), now);
    mailer.passwordChanged(user, now);
  }

  /** An expired reset token is simply invalid, as Better Auth answers it. */
  private AccountToken usableResetToken(String token, Instant now) {
    try {
      return tokens.usable(token, now, TokenPurpose.RESET_PASSWORD);
    } catch (DomainException.TokenExpired expired) {
      throw new DomainException.InvalidToken(TokenPurpose.RESET_PASSWORD);
    }
  }
}
