package io.taskguard.application.service;

import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What every new password brings, whether changed or reset: its hash is stored, every reset link
 * still out is retired, and the account's owner is told by mail.
 */
@ApplicationScoped
public class PasswordReplacement {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final MailedTokens tokens;
  private final AccountMailer mailer;

  /** For CDI's client proxy only. */
  protected PasswordReplacement() {
    this(null, null, null, null);
  }

  @Inject
  public PasswordReplacement(
      UserRepository users, PasswordHasher hasher, MailedTokens tokens, AccountMailer mailer) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.mailer = mailer;
  }

  /** Replaces the password of {@code user}; the new one has passed the password rules. */
  void replace(User user, String newPassword, Instant now) {
    users.changePasswordHash(user.id(), hasher.hash(newPassword));
    tokens.retireAll(user, TokenPurpose.RESET_PASSWORD, now);
    mailer.passwordChanged(user, now);
  }
}
