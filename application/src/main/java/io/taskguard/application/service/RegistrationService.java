package io.taskguard.application.service;

import io.taskguard.application.port.in.IdentitySettings;
import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuditLog;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordPolicy;
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
 * account (the database refuses a second one with the same email, even concurrently) and signs in.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class RegistrationService implements RegisterUserUseCase {

  static final String SIGN_UP_SCOPE = "signup-ip";

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject AttemptCounter attempts;
  @Inject AuditLog audit;
  @Inject AuthEvents events;
  @Inject SessionStarter sessions;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  @Override
  public SignedIn register(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    PasswordPolicy.standard().check(command.password(), email);
    String address = command.client().address();
    Optional<Duration> blocked =
        attempts.record(SIGN_UP_SCOPE, address, settings.signUpLimit(), now);
    if (blocked.isPresent()) {
      audit.record(AuditLog.Event.THROTTLED, null, address, now);
      events.signUp(AuthEvents.SignUpOutcome.THROTTLED);
      throw new DomainException.Throttled(blocked.get());
    }
    User user = new User(UserId.random(), email, command.name(), false, command.image(), now, now);
    users.add(new Account(user, hasher.hash(command.password())));
    audit.record(AuditLog.Event.SIGN_UP, user.id(), address, now);
    events.signUp(AuthEvents.SignUpOutcome.CREATED);
    return sessions.start(user, command.client());
  }
}
