package io.taskguard.application.port.out;

import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Where accounts are kept. Emails are unique, compared case-insensitively, by the store itself. */
public interface UserRepository {

  /**
   * Stores a new account.
   *
   * @throws IdentityFailure.EmailTaken when another account has the same email, even one being
   *     added concurrently
   */
  void add(Account account);

  Optional<User> findById(UserId id);

  Optional<Account> findByEmail(Email email);

  /**
   * Replaces the stored hash: a changed or reset password, or a rehash with stronger parameters.
   */
  void changePasswordHash(UserId id, PasswordHash hash);

  /** The account's password hash, if the account exists. */
  Optional<PasswordHash> passwordHash(UserId id);

  /**
   * Gives the account a new email address, verified (the person proved it receives mail).
   *
   * @throws IdentityFailure.EmailTaken when another account has it by now
   */
  void changeEmail(UserId id, Email email, Instant now);

  /** Records that the account's address receives mail. */
  void markEmailVerified(UserId id, Instant now);

  /** Replaces the name and the image (null: none). */
  void updateProfile(UserId id, String name, String image, Instant now);

  /** Removes the account and, with it, everything it owns. Returns whether it existed. */
  boolean remove(UserId id);
}
