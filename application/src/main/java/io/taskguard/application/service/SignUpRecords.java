package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The database's part of a sign-up, in transactions before and after the password is hashed, so
 * that a sign-up waiting for its hash holds no database connection ({@link RegistrationService}).
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class SignUpRecords {

  static final String SIGN_UP_SCOPE = "signup-ip";

  private final UserRepository users;
  private final AttemptCounter attempts;
  private final AuditLog audit;
  private final Admission admission;
  private final IdentitySettings settings;

  /** For CDI's client proxy only. */
  protected SignUpRecords() {
    this(null, null, null, null, null);
  }

  @Inject
  public SignUpRecords(
      UserRepository users,
      AttemptCounter attempts,
      AuditLog audit,
      Admission admission,
      IdentitySettings settings) {
    this.users = users;
    this.attempts = attempts;
    this.audit = audit;
    this.admission = admission;
    this.settings = settings;
  }

  /**
   * Counts a sign-up from {@code address}.
   *
   * @throws IdentityFailure.Throttled once the address has used up its sign-ups (recorded)
   */
  public void count(String address, Instant now) {
    Optional<Duration> blocked =
        attempts.record(SIGN_UP_SCOPE, address, settings.signUpLimit(), now);
    if (blocked.isPresent()) {
      audit.record(AuditLog.Event.THROTTLED, null, address, now);
      throw new IdentityFailure.Throttled(blocked.get());
    }
  }

  /**
   * Stores the new account and lets its owner in.
   *
   * @throws IdentityFailure.EmailTaken when an account has the address already
   */
  public SignedIn created(Account account, ClientInfo client, Instant now) {
    users.add(account);
    audit.record(AuditLog.Event.SIGN_UP, account.user().id(), client.address(), now);
    return admission.signedUp(account.user(), client, now);
  }
}
