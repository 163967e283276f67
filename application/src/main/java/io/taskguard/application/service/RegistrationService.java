package io.taskguard.application.service;

import io.taskguard.application.port.in.RegisterUserUseCase;
import io.taskguard.application.port.in.SignedIn;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Sign-up: checks the email and the password rules, limits sign-ups per client address, stores the
 * account (the database refuses a second one with the same email, even concurrently), mails a link
 * to verify the address (unless turned off) and signs in, or, when sign-in waits for a verified
 * address, opens no session yet. The password is hashed between two transactions ({@link
 * SignUpRecords}), so a sign-up waiting for its hash holds no database connection.
 */
@ApplicationScoped
public class RegistrationService implements RegisterUserUseCase {

  private final SignUpRecords records;
  private final PasswordHasher hasher;
  private final AuthEvents events;
  private final PasswordCheckService passwords;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RegistrationService() {
    this(null, null, null, null, null);
  }

  @Inject
  public RegistrationService(
      SignUpRecords records,
      PasswordHasher hasher,
      AuthEvents events,
      PasswordCheckService passwords,
      Clock clock) {
    this.records = records;
    this.hasher = hasher;
    this.events = events;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Override
  public SignedIn register(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    passwords.require(command.password(), email, command.name());
    try {
      records.count(command.client().address(), now);
    } catch (IdentityFailure.Throttled throttled) {
      events.signUp(AuthEvents.SignUpOutcome.THROTTLED);
      throw throttled;
    }
    User user = new User(UserId.random(), email, command.name(), false, command.image(), now, now);
    SignedIn signedIn =
        records.created(new Account(user, hasher.hash(command.password())), command.client(), now);
    events.signUp(AuthEvents.SignUpOutcome.CREATED);
    return signedIn;
  }
}
