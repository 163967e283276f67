package io.taskguard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Subclasses supply the repository and run each call in
 * a unit of work of their store.
 */
public abstract class UserRepositoryContract {

  protected abstract UserRepository repository();

  /** Runs {@code work} as one unit of work (a transaction where the store has them). */
  protected abstract <T> T inUnitOfWork(java.util.function.Supplier<T> work);

  protected void inUnitOfWork(Runnable work) {
    inUnitOfWork(
        () -> {
          work.run();
          return null;
        });
  }

  protected static Account newAccount(String email) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    User user = new User(UserId.random(), new Email(email), "Ada", false, null, now, now);
    return new Account(user, new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"));
  }

  protected static String uniqueEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  @Test
  void storesAndFindsAnAccountByIdAndByEmail() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));

    Optional<User> byId = inUnitOfWork(() -> repository().findById(account.user().id()));
    Optional<Account> byEmail =
        inUnitOfWork(() -> repository().findByEmail(account.user().email()));

    assertEquals(Optional.of(account.user()), byId);
    assertEquals(Optional.of(account), byEmail);
  }

  @Test
  void findsByEmailWhateverItsCase() {
    String email = uniqueEmail();
    Account account = newAccount(email);
    inUnitOfWork(() -> repository().add(account));

    Optional<Account> found =
        inUnitOfWork(() -> repository().findByEmail(new Email("  " + email.toUpperCase() + " ")));

    assertEquals(account.user().id(), found.orElseThrow().user().id());
  }

  @Test
  void refusesASecondAccountWithTheSameEmail() {
    String email = uniqueEmail();
    inUnitOfWork(() -> repository().add(newAccount(email)));
    Account twin = newAccount(email.toUpperCase());

    assertThrows(
        IdentityFailure.EmailTaken.class, () -> inUnitOfWork(() -> repository().add(twin)));
    assertTrue(inUnitOfWork(() -> repository().findById(twin.user().id())).isEmpty());
  }

  @Test
  void answersEmptyForUnknownUsers() {
    assertTrue(inUnitOfWork(() -> repository().findById(UserId.random())).isEmpty());
    assertTrue(inUnitOfWork(() -> repository().findByEmail(new Email(uniqueEmail()))).isEmpty());
  }

  @Test
  void changesThePasswordHash() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));
    PasswordHash stronger = new PasswordHash("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$bmV3");

    inUnitOfWork(() -> repository().changePasswordHash(account.user().id(), stronger));

    assertEquals(
        stronger,
        inUnitOfWork(() -> repository().findByEmail(account.user().email()))
            .orElseThrow()
            .passwordHash());
  }

  @Test
  void removesAnAccountAndFreesItsEmail() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));

    assertTrue(inUnitOfWork(() -> repository().remove(account.user().id())));
    assertFalse(inUnitOfWork(() -> repository().remove(account.user().id())));
    assertTrue(inUnitOfWork(() -> repository().findById(account.user().id())).isEmpty());
    inUnitOfWork(() -> repository().add(newAccount(account.user().email().value())));
  }

  @Test
  void givesTheStoredPasswordHashOfAnAccount() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));

    assertEquals(
        Optional.of(account.passwordHash()),
        inUnitOfWork(() -> repository().passwordHash(account.user().id())));
    assertTrue(inUnitOfWork(() -> repository().passwordHash(UserId.random())).isEmpty());
  }

  @Test
  void movesAnAccountToANewVerifiedEmailAndFreesTheOldOne() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));
    Email moved = new Email(uniqueEmail());
    Instant later = account.user().createdAt().plusSeconds(60);

    inUnitOfWork(() -> repository().changeEmail(account.user().id(), moved, later));

    User user = inUnitOfWork(() -> repository().findById(account.user().id())).orElseThrow();
    assertEquals(moved, user.email());
    assertTrue(user.emailVerified());
    assertEquals(later, user.updatedAt());
    assertTrue(inUnitOfWork(() -> repository().findByEmail(account.user().email())).isEmpty());
    inUnitOfWork(() -> repository().add(newAccount(account.user().email().value())));
  }

  @Test
  void refusesToMoveAnAccountToAnotherAccountsEmailWhateverItsCase() {
    Account first = newAccount(uniqueEmail());
    Account second = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(first));
    inUnitOfWork(() -> repository().add(second));
    Email taken = new Email(first.user().email().value().toUpperCase(java.util.Locale.ROOT));

    assertThrows(
        IdentityFailure.EmailTaken.class,
        () ->
            inUnitOfWork(() -> repository().changeEmail(second.user().id(), taken, Instant.now())));
    assertEquals(
        second.user().email(),
        inUnitOfWork(() -> repository().findById(second.user().id())).orElseThrow().email());
  }

  @Test
  void marksTheEmailVerifiedAndUpdatesTheProfile() {
    Account account = newAccount(uniqueEmail());
    inUnitOfWork(() -> repository().add(account));
    UserId id = account.user().id();
    Instant later = account.user().createdAt().plusSeconds(60);

    inUnitOfWork(() -> repository().markEmailVerified(id, later));
    inUnitOfWork(() -> repository().updateProfile(id, "Grace", "https://example.com/g.png", later));
    User updated = inUnitOfWork(() -> repository().findById(id)).orElseThrow();
    inUnitOfWork(() -> repository().updateProfile(id, "", null, later));
    User cleared = inUnitOfWork(() -> repository().findById(id)).orElseThrow();

    assertTrue(updated.emailVerified());
    assertEquals("Grace", updated.name());
    assertEquals("https://example.com/g.png", updated.image());
    assertEquals("", cleared.name());
    assertEquals(null, cleared.image());
    assertEquals(account.user().email(), cleared.email());
  }
}
