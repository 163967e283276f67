package io.taskguard.application.service;

import io.taskguard.application.port.in.SignInOutcome;
import io.taskguard.application.port.in.SignInUseCase;
import io.taskguard.application.port.out.AuthEvents;
import io.taskguard.application.port.out.PasswordHasher;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in. An unknown email costs the same hashing work as a wrong password and fails with the same
 * answer. The right password of an account with a second factor leads to a challenge ({@link
 * Admission}). Failures are counted (and kept: they do not roll back with the refusal); a hash made
 * with weaker parameters than today's is replaced on success.
 *
 * <p>The password is checked outside any database scope: the account is read in one ({@link
 * SignInRecords#lookUp}) and the outcome recorded in a transaction after the check, so a sign-in
 * that waits for its hash (hashing runs a few at a time, at idle priority) holds no connection
 * meanwhile, and a flood of sign-ins cannot take the pool's connections from other requests.
 */
@ApplicationScoped
public class SignInService implements SignInUseCase {

  private final SignInRecords records;
  private final PasswordHasher hasher;
  private final AuthEvents events;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SignInService() {
    this(null, null, null, null);
  }

  @Inject
  public SignInService(
      SignInRecords records, PasswordHasher hasher, AuthEvents events, Clock clock) {
    this.records = records;
    this.hasher = hasher;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public SignInOutcome signIn(Command command) {
    Instant now = clock.instant();
    Email email = new Email(command.email());
    String address = command.client().address();
    Optional<Account> account;
    try {
      account = records.lookUp(email, address, now);
    } catch (IdentityFailure.Throttled throttled) {
      records.throttled(address, now);
      events.signIn(AuthEvents.SignInOutcome.THROTTLED);
      throw throttled;
    }
    boolean matches =
        account.isPresent() && hasher.matches(command.password(), account.get().passwordHash());
    if (account.isEmpty()) {
      hasher.matchNobody(command.password());
    }
    if (!matches) {
      records.failed(email, account.map(a -> a.user().id()), address, now);
      events.signIn(AuthEvents.SignInOutcome.BAD_CREDENTIALS);
      throw new IdentityFailure.InvalidCredentials();
    }
    Account found = account.get();
    Optional<PasswordHash> rehashed =
        hasher.needsRehash(found.passwordHash())
            ? Optional.of(hasher.hash(command.password()))
            : Optional.empty();
    SignInOutcome outcome;
    try {
      outcome = records.succeeded(found, rehashed, command, email, now);
    } catch (IdentityFailure.EmailNotVerified refused) {
      events.signIn(AuthEvents.SignInOutcome.REFUSED);
      throw refused;
    }
    events.signIn(AuthEvents.SignInOutcome.SUCCESS);
    return outcome;
  }
}
