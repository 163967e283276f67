package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.IdentityFailure;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Accounts in PostgreSQL through JPA; the unique email is the database's own guarantee. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  /** The first key of the two-key advisory locks on email addresses (ASCII "mail"). */
  static final int EMAIL_LOCK_SPACE = 0x6d61696c;

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(Account account) {
    lockEmail(account.user().email());
    UserEntity row = EntityMapper.toEntity(account);
    int inserted =
        em.createNativeQuery(
                "INSERT INTO users (id, email, name, email_verified, image, password_hash,"
                    + " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                    + " ON CONFLICT ((lower(email))) DO NOTHING")
            .setParameter(1, row.id)
            .setParameter(2, row.email)
            .setParameter(3, row.name)
            .setParameter(4, row.emailVerified)
            .setParameter(5, row.image)
            .setParameter(6, row.passwordHash)
            .setParameter(7, row.createdAt)
            .setParameter(8, row.updatedAt)
            .executeUpdate();
    if (inserted == 0) {
      throw new IdentityFailure.EmailTaken();
    }
  }

  @Override
  public Optional<User> findById(UserId id) {
    return Optional.ofNullable(em.find(UserEntity.class, id.value())).map(EntityMapper::toUser);
  }

  @Override
  public Optional<Account> findByEmail(Email email) {
    return em.createNamedQuery(UserEntity.BY_EMAIL, UserEntity.class)
        .setParameter("email", email.value())
        .getResultStream()
        .findFirst()
        .map(EntityMapper::toAccount);
  }

  @Override
  public void changePasswordHash(UserId id, PasswordHash hash) {
    em.createQuery("UPDATE UserEntity u SET u.passwordHash = :hash WHERE u.id = :id")
        .setParameter("hash", hash.encoded())
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public Optional<PasswordHash> passwordHash(UserId id) {
    List<?> rows =
        em.createNativeQuery("SELECT password_hash FROM users WHERE id = ?1")
            .setParameter(1, id.value())
            .getResultList();
    return rows.stream().findFirst().map(hash -> new PasswordHash((String) hash));
  }

  @Override
  public void changeEmail(UserId id, Email email, Instant now) {
    lockEmail(email);
    int changed =
        em.createNativeQuery(
                "UPDATE users SET email = ?2, email_verified = true, updated_at = ?3"
                    + " WHERE id = ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM users other WHERE lower(other.email) = lower(?2)"
                    + " AND other.id <> ?1)")
            .setParameter(1, id.value())
            .setParameter(2, email.value())
            .setParameter(3, EntityMapper.utc(now))
            .executeUpdate();
    if (changed == 0 && findById(id).isPresent()) {
      throw new IdentityFailure.EmailTaken();
    }
    refreshIfLoaded(id);
  }

  /**
   * Serialises, until the transaction ends, the writes that give an account {@code email}: a
   * sign-up and an email change racing for one address then see each other's outcome (the unique
   * index alone would answer the later one with a constraint violation instead of EmailTaken).
   */
  private void lockEmail(Email email) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(lower(?2)))")
        .setParameter(1, EMAIL_LOCK_SPACE)
        .setParameter(2, email.value())
        .getSingleResult();
  }

  /**
   * Native updates bypass the persistence context: an account read earlier in the same transaction
   * is read again, so the caller sees what it just wrote.
   */
  private void refreshIfLoaded(UserId id) {
    UserEntity loaded = em.find(UserEntity.class, id.value());
    if (loaded != null) {
      em.refresh(loaded);
    }
  }

  @Override
  public void markEmailVerified(UserId id, Instant now) {
    em.createNativeQuery("UPDATE users SET email_verified = true, updated_at = ?2 WHERE id = ?1")
        .setParameter(1, id.value())
        .setParameter(2, EntityMapper.utc(now))
        .executeUpdate();
    refreshIfLoaded(id);
  }

  @Override
  public void updateProfile(UserId id, String name, String image, Instant now) {
    em.createNativeQuery("UPDATE users SET name = ?2, image = ?3, updated_at = ?4 WHERE id = ?1")
        .setParameter(1, id.value())
        .setParameter(2, name)
        .setParameter(3, image)
        .setParameter(4, EntityMapper.utc(now))
        .executeUpdate();
    refreshIfLoaded(id);
  }

  @Override
  public boolean remove(UserId id) {
    return em.createQuery("DELETE FROM UserEntity u WHERE u.id = :id")
            .setParameter("id", id.value())
            .executeUpdate()
        == 1;
  }
}
