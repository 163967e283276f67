package io.taskguard.application.service;

import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in. An unknown email costs the same hashing work as a wrong password and fails with the same
 * answer. The right password of an account with a second factor leads to a challenge ({@link
 * Admission}). Failures are counted (and kept: they do not roll back with the refusal); a hash made
 * with weaker parameters than today's is replaced on success.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class SignInService implements SignInUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final AuthEvents events;
  private final Admission admission;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SignInService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public SignInService(
      UserRepository users,
      PasswordHasher hasher,
      LoginThrottle throttle,
      AuditLog audit,
      AuthEvents events,
      Admission admission,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.throttle = throttle;
    this.audit = audit;
    this.events = events;
    this.admission = admission;
    this.clock = clock;
  }

  @Override
  public SignInOutcome signIn(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    String address = command.client().address();
    try {
      throttle.checkAllowed(email, address, now);
    } catch (IdentityFailure.Throttled throttled) {
      audit.record(AuditLog.Event.THROTTLED, null, address, now);
      events.signIn(AuthEvents.SignInOutcome.THROTTLED);
      throw throttled;
    }
    Optional<Account> account = users.findByEmail(email);
    boolean matches =
        account.isPresent() && hasher.matches(command.password(), account.get().passwordHash());
    if (account.isEmpty()) {
      hasher.matchNobody(command.password());
    }
    if (!matches) {
      throttle.recordFailure(email, address, now);
      audit.record(
          AuditLog.Event.SIGN_IN_FAILED,
          account.map(a -> a.user().id()).orElse(null),
          address,
          now);
      events.signIn(AuthEvents.SignInOutcome.BAD_CREDENTIALS);
      throw new IdentityFailure.InvalidCredentials();
    }
    Account found = account.get();
    if (hasher.needsRehash(found.passwordHash())) {
      users.changePasswordHash(found.user().id(), hasher.hash(command.password()));
    }
    throttle.recordSuccess(email);
    SignInOutcome outcome;
    try {
      outcome = admission.signedIn(found.user(), command.trustedDevice(), command.client(), now);
    } catch (IdentityFailure.EmailNotVerified refused) {
      audit.record(AuditLog.Event.SIGN_IN_REFUSED, found.user().id(), address, now);
      events.signIn(AuthEvents.SignInOutcome.REFUSED);
      throw refused;
    }
    audit.record(AuditLog.Event.SIGN_IN, found.user().id(), address, now);
    events.signIn(AuthEvents.SignInOutcome.SUCCESS);
    return outcome;
  }
}
