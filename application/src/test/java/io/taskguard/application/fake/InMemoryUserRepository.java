package io.taskguard.application.fake;

import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** A {@link UserRepository} in memory, for use-case tests and as the contract's reference. */
public class InMemoryUserRepository implements UserRepository {

  private final Map<UserId, Account> byId = new ConcurrentHashMap<>();
  private final Map<Email, UserId> byEmail = new ConcurrentHashMap<>();
  private final Consumer<UserId> onRemove;

  public InMemoryUserRepository() {
    this(id -> {});
  }

  /** A repository that tells {@code onRemove} of each removed user, as a store cascades. */
  public InMemoryUserRepository(Consumer<UserId> onRemove) {
    this.onRemove = onRemove;
  }

  @Override
  public synchronized void add(Account account) {
    User user = account.user();
    if (byEmail.putIfAbsent(user.email(), user.id()) != null) {
      throw new IdentityFailure.EmailTaken();
    }
    byId.put(user.id(), account);
  }

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(byId.get(id)).map(Account::user);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return Optional.ofNullable(byEmail.get(email)).map(byId::get);
  }

  @Override
  public synchronized void changePasswordHash(UserId id, PasswordHash hash) {
    byId.computeIfPresent(id, (key, account) -> new Account(account.user(), hash));
  }

  @Override
  public Optional<PasswordHash> passwordHash(UserId id) {
    return Optional.ofNullable(byId.get(id)).map(Account::passwordHash);
  }

  @Override
  public synchronized void changeEmail(UserId id, Email email, Instant now) {
    Account account = byId.get(id);
    if (account == null) {
      return;
    }
    UserId holder = byEmail.get(email);
    if (holder != null && !holder.equals(id)) {
      throw new IdentityFailure.EmailTaken();
    }
    byEmail.remove(account.user().email());
    byEmail.put(email, id);
    User user = account.user();
    byId.put(
        id,
        new Account(
            new User(id, email, user.name(), true, user.image(), user.createdAt(), now),
            account.passwordHash()));
  }

  /** What the second-factor store fake does to the user's row when two-factor goes on or off. */
  public synchronized void setTwoFactor(UserId id, boolean on) {
    byId.computeIfPresent(
        id,
        (key, account) -> new Account(account.user().withTwoFactor(on), account.passwordHash()));
  }

  @Override
  public synchronized void markEmailVerified(UserId id, Instant now) {
    byId.computeIfPresent(
        id,
        (key, account) -> {
          User user = account.user();
          return new Account(
              new User(id, user.email(), user.name(), true, user.image(), user.createdAt(), now),
              account.passwordHash());
        });
  }

  @Override
  public synchronized void updateProfile(UserId id, String name, String image, Instant now) {
    byId.computeIfPresent(
        id,
        (key, account) -> {
          User user = account.user();
          return new Account(
              new User(id, user.email(), name, user.emailVerified(), image, user.createdAt(), now),
              account.passwordHash());
        });
  }

  @Override
  public synchronized boolean remove(UserId id) {
    Account removed = byId.remove(id);
    if (removed == null) {
      return false;
    }
    byEmail.remove(removed.user().email());
    onRemove.accept(id);
    return true;
  }
}
