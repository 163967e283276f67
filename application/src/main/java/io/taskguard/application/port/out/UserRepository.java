package io.taskguard.application.port.out;

import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.util.Optional;

/** Where accounts are kept. Emails are unique, compared case-insensitively, by the store itself. */
public interface UserRepository {

  /**
   * Stores a new account.
   *
   * @throws DomainException.EmailTaken when another account has the same email, even one being
   *     added concurrently
   */
  void add(Account account);

  Optional<User> findById(UserId id);

  Optional<Account> findByEmail(Email email);

  /** Replaces the stored hash, e.g. after rehashing with stronger parameters. */
  void changePasswordHash(UserId id, PasswordHash hash);

  /** Removes the account and, with it, everything it owns. Returns whether it existed. */
  boolean remove(UserId id);
}
