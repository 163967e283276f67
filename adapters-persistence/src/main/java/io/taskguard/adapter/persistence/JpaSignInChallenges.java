package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.SignInChallenges;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in challenges in PostgreSQL (table {@code two_factor_challenges}), by their token's SHA-256.
 * Reading a live challenge locks its row for the rest of the transaction, so two answers to one
 * challenge, on any servers, are taken one after the other: the second finds it ended.
 */
@ApplicationScoped
public class JpaSignInChallenges implements SignInChallenges {

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(
      byte[] tokenHash,
      UserId userId,
      Instant now,
      Instant expiresAt,
      String ipAddress,
      String userAgent) {
    em.createNativeQuery(
            "INSERT INTO two_factor_challenges (token_hash, user_id, created_at, expires_at,"
                + " ip_address, user_agent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .setParameter(1, tokenHash)
        .setParameter(2, userId.value())
        .setParameter(3, EntityMapper.utc(now))
        .setParameter(4, EntityMapper.utc(expiresAt))
        .setParameter(5, ipAddress)
        .setParameter(6, userAgent)
        .executeUpdate();
  }

  @Override
  public Optional<Challenge> findLive(byte[] tokenHash, Instant now) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, user_id, expires_at, failures, otp_hash, otp_expires_at"
                    + " FROM two_factor_challenges WHERE token_hash = ?1 AND expires_at > ?2"
                    + " FOR UPDATE")
            .setParameter(1, tokenHash)
            .setParameter(2, EntityMapper.utc(now))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Challenge(
            ((Number) row[0]).longValue(),
            new UserId((String) row[1]),
            EntityMapper.instant(row[2]),
            ((Number) row[3]).intValue(),
            (byte[]) row[4],
            EntityMapper.instant(row[5])));
  }

  @Override
  public int recordFailure(long id) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE two_factor_challenges SET failures = failures + 1 WHERE id = ?1"
                    + " RETURNING failures")
            .setParameter(1, id)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }

  @Override
  public boolean end(long id) {
    return em.createNativeQuery("DELETE FROM two_factor_challenges WHERE id = ?1")
            .setParameter(1, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public void mailedCode(long id, byte[] codeHash, Instant expiresAt) {
    em.createNativeQuery(
            "UPDATE two_factor_challenges SET otp_hash = ?2, otp_expires_at = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, codeHash)
        .setParameter(3, EntityMapper.utc(expiresAt))
        .executeUpdate();
  }
}
