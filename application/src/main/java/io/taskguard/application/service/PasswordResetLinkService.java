package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.CheckResetTokenUseCase;
import io.taskguard.application.port.in.RequestPasswordResetUseCase;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Email;
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
 * The link that resets a forgotten password: mailed only to an account's address and only within
 * its mail limit, while the request answers the same either way; and whether a link still works.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class PasswordResetLinkService
    implements RequestPasswordResetUseCase, CheckResetTokenUseCase {

  private final UserRepository users;
  private final MailedTokens tokens;
  private final MailQuota quota;
  private final AccountMailer mailer;
  private final AuditLog audit;
  private final AccountSettings settings;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected PasswordResetLinkService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public PasswordResetLinkService(
      UserRepository users,
      MailedTokens tokens,
      MailQuota quota,
      AccountMailer mailer,
      AuditLog audit,
      AccountSettings settings,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.quota = quota;
    this.mailer = mailer;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void requestReset(RequestPasswordResetUseCase.Command request) {
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
    } catch (IdentityFailure.InvalidToken | IdentityFailure.TokenExpired unusable) {
      return false;
    }
  }
}
