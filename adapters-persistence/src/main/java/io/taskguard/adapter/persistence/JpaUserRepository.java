package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.UserRepository;
import io.taskguard.domain.DomainException;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts in PostgreSQL through JPA; the unique email is the database's own guarantee. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(Account account) {
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
      throw new DomainException.EmailTaken();
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
  public boolean remove(UserId id) {
    return em.createQuery("DELETE FROM UserEntity u WHERE u.id = :id")
            .setParameter("id", id.value())
            .executeUpdate()
        == 1;
  }
}
