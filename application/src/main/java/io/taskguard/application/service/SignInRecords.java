package io.taskguard.application.service;

import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The database's part of a password sign-in, in scopes of their own: the lookup's ends before the
 * password is checked and the outcome's begins after it, so that a sign-in waiting for its hash
 * holds no database connection ({@link SignInService}).
 */
@ApplicationScoped
public class SignInRecords {

  private final UserRepository users;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Admission admission;

  /** For CDI's client proxy only. */
  protected SignInRecords() {
    this(null, null, null, null);
  }

  @Inject
  public SignInRecords(
      UserRepository users, LoginThrottle throttle, AuditLog audit, Admission admission) {
    this.users = users;
    this.throttle = throttle;
    this.audit = audit;
    this.admission = admission;
  }

  /**
   * The account of {@code email}, if any.
   *
   * @throws IdentityFailure.Throttled while the account or the address must wait
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> lookUp(Email email, String address, Instant now) {
    throttle.checkAllowed(email, address, now);
    return users.findByEmail(email);
  }

  @Transactional
  public void throttled(String address, Instant now) {
    audit.record(AuditLog.Event.THROTTLED, null, address, now);
  }

  /** A wrong password, or an email no account has ({@code user} empty). */
  @Transactional
  public void failed(Email email, Optional<UserId> user, String address, Instant now) {
    throttle.recordFailure(email, address, now);
    audit.record(AuditLog.Event.SIGN_IN_FAILED, user.orElse(null), address, now);
  }

  /**
   * The right password: the account's failures cleared, its hash replaced by {@code rehashed} if
   * given, and a session or a challenge.
   *
   * @throws IdentityFailure.EmailNotVerified as {@link Admission#signedIn}, recorded as refused
   */
  @Transactional(dontRollbackOn = IdentityFailure.class)
  public SignInOutcome succeeded(
      Account account,
      Optional<PasswordHash> rehashed,
      SignInUseCase.Command command,
      Email email,
      Instant now) {
    UserId id = account.user().id();
    String address = command.client().address();
    rehashed.ifPresent(hash -> users.changePasswordHash(id, hash));
    throttle.recordSuccess(email);
    SignInOutcome outcome;
    try {
      outcome = admission.signedIn(account.user(), command.trustedDevice(), command.client(), now);
    } catch (IdentityFailure.EmailNotVerified refused) {
      audit.record(AuditLog.Event.SIGN_IN_REFUSED, id, address, now);
      throw refused;
    }
    audit.record(AuditLog.Event.SIGN_IN, id, address, now);
    return outcome;
  }
}
