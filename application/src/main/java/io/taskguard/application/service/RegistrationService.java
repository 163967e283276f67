package io.taskguard.application.service;

import io.taskguard.application.config.IdentitySettings;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-up: checks the email and the password rules, limits sign-ups per client address, stores the
 * account (the database refuses a second one with the same email, even concurrently), mails a link
 * to verify the address (unless turned off) and signs in, or, when sign-in waits for a verified
 * address, opens no session yet.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = IdentityFailure.class)
public class RegistrationService implements RegisterUserUseCase {

  static final String SIGN_UP_SCOPE = "signup-ip";

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final AttemptCounter attempts;
  private final AuditLog audit;
  private final AuthEvents events;
  private final Admission admission;
  private final PasswordCheckService passwords;
  private final IdentitySettings settings;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RegistrationService() {
    this(null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public RegistrationService(
      UserRepository users,
      PasswordHasher hasher,
      AttemptCounter attempts,
      AuditLog audit,
      AuthEvents events,
      Admission admission,
      PasswordCheckService passwords,
      IdentitySettings settings,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.attempts = attempts;
    this.audit = audit;
    this.events = events;
    this.admission = admission;
    this.passwords = passwords;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public SignedIn register(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    passwords.require(command.password(), email, command.name());
    String address = command.client().address();
    Optional<Duration> blocked =
        attempts.record(SIGN_UP_SCOPE, address, settings.signUpLimit(), now);
    if (blocked.isPresent()) {
      audit.record(AuditLog.Event.THROTTLED, null, address, now);
      events.signUp(AuthEvents.SignUpOutcome.THROTTLED);
      throw new IdentityFailure.Throttled(blocked.get());
    }
    User user = new User(UserId.random(), email, command.name(), false, command.image(), now, now);
    users.add(new Account(user, hasher.hash(command.password())));
    audit.record(AuditLog.Event.SIGN_UP, user.id(), address, now);
    events.signUp(AuthEvents.SignUpOutcome.CREATED);
    return admission.signedUp(user, command.client(), now);
  }
}
