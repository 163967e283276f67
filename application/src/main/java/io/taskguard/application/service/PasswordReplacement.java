package io.taskguard.application.service;

import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * What every new password brings, whether changed or reset: its hash is stored, every reset link
 * still out is retired, and the account's owner is told by mail. The new password is hashed first,
 * outside any transaction ({@link DatabaseScopes}), and then stored.
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

  /** The hash of a new password that has passed the password rules; slow, so before any scope. */
  PasswordHash hash(String newPassword) {
    return hasher.hash(newPassword);
  }

  /** Replaces the password of {@code user} by the one {@code hash} is of ({@link #hash}). */
  void replace(User user, PasswordHash hash, Instant now) {
    users.changePasswordHash(user.id(), hash);
    tokens.retireAll(user, TokenPurpose.RESET_PASSWORD, now);
    mailer.passwordChanged(user, now);
  }
}
