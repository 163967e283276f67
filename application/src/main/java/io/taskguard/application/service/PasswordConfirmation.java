package io.taskguard.application.service;

import io.taskguard.application.config.AccountSettings;
import io.taskguard.application.port.in.ClientInfo;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A password given to confirm an action on the account (a change of password, a deletion): a guess
 * like a sign-in, so it waits out the sign-in back-off and a wrong one counts as a failed sign-in
 * of the account and the address. The stored hash is read in a scope that ends before the password
 * is hashed, and a failure is recorded in a transaction of its own after it, so no database
 * connection is held while the hash waits for its slot ({@link DatabaseScopes}).
 */
@ApplicationScoped
public class PasswordConfirmation {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final AccountSettings settings;
  private final DatabaseScopes scopes;

  /** For CDI's client proxy only. */
  protected PasswordConfirmation() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public PasswordConfirmation(
      UserRepository users,
      PasswordHasher hasher,
      LoginThrottle throttle,
      AuditLog audit,
      AccountSettings settings,
      DatabaseScopes scopes) {
    this.users = users;
    this.hasher = hasher;
    this.throttle = throttle;
    this.audit = audit;
    this.settings = settings;
    this.scopes = scopes;
  }

  /**
   * The password, or, when none is given, a second factor proved on the caller's session within
   * {@link AccountSettings#freshAge()} (step-up): a TOTP code or a passkey confirms the change
   * without a new session.
   *
   * @throws IdentityFailure.InvalidInput without a password on a session that did not step up
   */
  void confirmOrSteppedUp(
      SessionRepository.SessionOfUser current, String password, ClientInfo client, Instant now) {
    if (password != null) {
      confirm(current.user(), password, client, now);
      return;
    }
    Instant steppedUp = current.session().steppedUpAt();
    if (steppedUp == null || !now.isBefore(steppedUp.plus(settings.freshAge()))) {
      throw new IdentityFailure.InvalidInput(IdentityFailure.InvalidInput.Rule.PASSWORD_MISSING);
    }
  }

  /**
   * @throws IdentityFailure.Throttled while the account or the address is backed off
   * @throws IdentityFailure.WrongPassword when it is not the account's password
   */
  void confirm(User user, String password, ClientInfo client, Instant now) {
    PasswordHash hash =
        scopes.read(
            () -> {
              throttle.checkAllowed(user.email(), client.address(), now);
              return users
                  .passwordHash(user.id())
                  .orElseThrow(IdentityFailure.NotAuthenticated::new);
            });
    if (password == null || !hasher.matches(password, hash)) {
      scopes.write(
          () -> {
            throttle.recordFailure(user.email(), client.address(), now);
            audit.record(
                AuditLog.Event.PASSWORD_CONFIRMATION_FAILED, user.id(), client.address(), now);
          });
      throw new IdentityFailure.WrongPassword();
    }
  }
}
