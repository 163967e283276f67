package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.AccountTokenStore;
import io.taskguard.domain.user.AccountToken;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.TokenPurpose;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mailed tokens in PostgreSQL (table {@code account_tokens}), by their SHA-256. Using one is a
 * single conditional update, so of two servers using the same token at once only one succeeds.
 */
@ApplicationScoped
public class JpaAccountTokenStore implements AccountTokenStore {

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(
      TokenPurpose purpose,
      byte[] tokenHash,
      UserId userId,
      Email email,
      Instant createdAt,
      Instant expiresAt) {
    em.createNativeQuery(
            "INSERT INTO account_tokens (purpose, token_hash, user_id, email, created_at,"
                + " expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, column(purpose))
        .setParameter(2, tokenHash)
        .setParameter(3, userId.value())
        .setParameter(4, email.value())
        .setParameter(5, EntityMapper.utc(createdAt))
        .setParameter(6, EntityMapper.utc(expiresAt))
        .executeUpdate();
  }

  @Override
  public Optional<AccountToken> find(byte[] tokenHash) {
    return first(
        em.createNativeQuery(
                "SELECT id, purpose, user_id, email, created_at, expires_at, used_at"
                    + " FROM account_tokens WHERE token_hash = ?1")
            .setParameter(1, tokenHash)
            .getResultList());
  }

  @Override
  public Optional<AccountToken> newestUsable(UserId userId, TokenPurpose purpose, Instant now) {
    return first(
        em.createNativeQuery(
                "SELECT id, purpose, user_id, email, created_at, expires_at, used_at"
                    + " FROM account_tokens WHERE user_id = ?1 AND purpose = ?2"
                    + " AND used_at IS NULL AND expires_at > ?3 ORDER BY created_at DESC, id DESC")
            .setParameter(1, userId.value())
            .setParameter(2, column(purpose))
            .setParameter(3, EntityMapper.utc(now))
            .setMaxResults(1)
            .getResultList());
  }

  private static Optional<AccountToken> first(List<?> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new AccountToken(
            ((Number) row[0]).longValue(),
            purpose((String) row[1]),
            new UserId((String) row[2]),
            new Email((String) row[3]),
            EntityMapper.instant(row[4]),
            EntityMapper.instant(row[5]),
            EntityMapper.instant(row[6])));
  }

  @Override
  public boolean use(long id, Instant now) {
    return em.createNativeQuery(
                "UPDATE account_tokens SET used_at = ?2 WHERE id = ?1 AND used_at IS NULL")
            .setParameter(1, id)
            .setParameter(2, EntityMapper.utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public int retireAll(UserId userId, TokenPurpose purpose, Instant now) {
    return em.createNativeQuery(
            "UPDATE account_tokens SET used_at = ?3"
                + " WHERE user_id = ?1 AND purpose = ?2 AND used_at IS NULL")
        .setParameter(1, userId.value())
        .setParameter(2, column(purpose))
        .setParameter(3, EntityMapper.utc(now))
        .executeUpdate();
  }

  /** The purpose as the table's check constraint spells it: {@code reset-password}, etc. */
  static String column(TokenPurpose purpose) {
    return purpose.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static TokenPurpose purpose(String column) {
    return TokenPurpose.valueOf(column.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
