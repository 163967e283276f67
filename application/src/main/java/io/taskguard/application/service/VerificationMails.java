package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.out.AccountMailer;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Mails a link that verifies an account's own address (at sign-up, on request, at a sign-in that
 * waits for it), or a new address it moves to, within the account's mail limit.
 */
@ApplicationScoped
public class VerificationMails {

  private final MailedTokens tokens;
  private final MailQuota quota;
  private final AccountMailer mailer;
  private final AccountSettings settings;

  /** For CDI's client proxy only. */
  protected VerificationMails() {
    this(null, null, null, null);
  }

  @Inject
  public VerificationMails(
      MailedTokens tokens, MailQuota quota, AccountMailer mailer, AccountSettings settings) {
    this.tokens = tokens;
    this.quota = quota;
    this.mailer = mailer;
    this.settings = settings;
  }

  /**
   * Mails the link unless the account's mail limit is reached; {@code callback} may be null. Empty
   * when the link went, else how long the account waits for the next one.
   */
  Optional<Duration> send(User user, String callback, Instant now) {
    Optional<Duration> refused = quota.refusesMailTo(user.email(), now);
    if (refused.isEmpty()) {
      String token =
          tokens.issue(
              TokenPurpose.VERIFY_EMAIL, user, user.email(), now, settings.verifyTokenTtl());
      mailer.verification(user, user.email(), token, callback, now);
    }
    return refused;
  }

  /**
   * Mails a link that moves the account to {@code newEmail}, and a notice to its current address,
   * unless the account's mail limit is reached; {@code callback} may be null.
   */
  void sendEmailChange(User user, Email newEmail, String callback, Instant now) {
    if (quota.allowsMailTo(user.email(), now)) {
      String token =
          tokens.issue(TokenPurpose.CHANGE_EMAIL, user, newEmail, now, settings.verifyTokenTtl());
      mailer.verification(user, newEmail, token, callback, now);
      mailer.emailChangeRequested(user, newEmail, now);
    }
  }
}
