package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.ResetPasswordUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.PasswordPolicy;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Password reset through a mailed link. The reset uses its token only once the new password is
 * accepted, retires every other reset link, marks the address verified (the link proved it), and by
 * default ends every session of the account. The new password is hashed outside any transaction:
 * the link is read before the hash and used after it ({@link DatabaseScopes}); a link used
 * meanwhile by another reset is refused then.
 */
@ApplicationScoped
public class ResetPasswordService implements ResetPasswordUseCase {

  private final UserRepository users;
  private final MailedTokens tokens;
  private final PasswordReplacement replacement;
  private final SessionEnder ender;
  private final PasswordCheckService passwords;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final AccountSettings settings;
  private final DatabaseScopes scopes;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ResetPasswordService() {
    this(null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public ResetPasswordService(
      UserRepository users,
      MailedTokens tokens,
      PasswordReplacement replacement,
      SessionEnder ender,
      PasswordCheckService passwords,
      LoginThrottle throttle,
      AuditLog audit,
      AccountSettings settings,
      DatabaseScopes scopes,
      Clock clock) {
    this.users = users;
    this.tokens = tokens;
    this.replacement = replacement;
    this.ender = ender;
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
    this.settings = settings;
    this.scopes = scopes;
    this.clock = clock;
  }

  @Override
  public Email reset(Command reset) {
    Instant now = clock.instant();
    PasswordPolicy.standard().check(reset.newPassword(), null);
    Claim claim = scopes.read(() -> claim(reset.token(), now));
    User user = claim.user();
    passwords.require(reset.newPassword(), user.email(), user.name());
    PasswordHash hash = replacement.hash(reset.newPassword());
    scopes.write(
        () -> {
          tokens.use(claim.token(), now);
          replacement.replace(user, hash, now);
          if (claim.token().email().equals(user.email()) && !user.emailVerified()) {
            users.markEmailVerified(user.id(), now);
          }
          if (settings.revokeSessionsOnReset()) {
            ender.endAll(user.id(), now);
          }
          throttle.recordSuccess(user.email());
          audit.record(AuditLog.Event.PASSWORD_RESET, user.id(), reset.client().address(), now);
        });
    return user.email();
  }

  /** A usable reset link and the account it resets. */
  private record Claim(AccountToken token, User user) {}

  private Claim claim(String token, Instant now) {
    AccountToken usable = usableResetToken(token, now);
    User user =
        users
            .findById(usable.userId())
            .orElseThrow(() -> new IdentityFailure.InvalidToken(TokenPurpose.RESET_PASSWORD));
    return new Claim(usable, user);
  }

  /** An expired reset token is simply invalid, as Better Auth answers it. */
  private AccountToken usableResetToken(String token, Instant now) {
    try {
      return tokens.usable(token, now, TokenPurpose.RESET_PASSWORD);
    } catch (IdentityFailure.TokenExpired expired) {
      throw new IdentityFailure.InvalidToken(TokenPurpose.RESET_PASSWORD);
    }
  }
}
