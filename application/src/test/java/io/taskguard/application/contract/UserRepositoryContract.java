package io.taskguard.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
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
        DomainException.EmailTaken.class, () -> inUnitOfWork(() -> repository().add(twin)));
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
}
