package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many reset and verification mails may go, counted in the shared throttle store so the limits
 * hold across servers: per client address (beyond it the client is told to wait: that says nothing
 * about any account) and per account (beyond it no mail goes, and the answer stays the same, so it
 * says nothing either).
 */
@ApplicationScoped
public class MailQuota {

  static final String ADDRESS = "mail-ip";
  static final String ACCOUNT = "mail-account";

  private final AttemptCounter attempts;
  private final AccountSettings settings;

  /** For CDI's client proxy only. */
  protected MailQuota() {
    this(null, null);
  }

  @Inject
  public MailQuota(AttemptCounter attempts, AccountSettings settings) {
    this.attempts = attempts;
    this.settings = settings;
  }

  /**
   * Counts a request from {@code client}.
   *
   * @throws IdentityFailure.Throttled once the address has asked too often in the window
   */
  void admitClient(ClientInfo client, Instant now) {
    Optional<Duration> wait =
        attempts.record(ADDRESS, client.address(), settings.mailsPerAddress(), now);
    if (wait.isPresent()) {
      throw new IdentityFailure.Throttled(wait.get());
    }
  }

  /** How long an account that had too many mails waits for the next. */
  Duration accountWait() {
    return settings.mailsPerAccount().window();
  }

  /** Counts a mail to {@code account}; whether it may go. */
  boolean allowsMailTo(Email account, Instant now) {
    return refusesMailTo(account, now).isEmpty();
  }

  /**
   * Counts a mail to {@code account}; empty when it may go, else how long the account must wait.
   */
  Optional<Duration> refusesMailTo(Email account, Instant now) {
    return attempts.record(ACCOUNT, account.value(), settings.mailsPerAccount(), now);
  }
}
