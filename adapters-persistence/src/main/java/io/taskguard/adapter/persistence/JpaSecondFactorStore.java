package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.SecondFactorStore;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * TOTP secrets and backup codes in PostgreSQL (tables {@code totp_secrets}, {@code backup_codes}).
 * Using a step or a code is one conditional update, so of two servers offering the same code at
 * once only one succeeds; confirming and removing lock the user's row first, so they never
 * interleave.
 */
@ApplicationScoped
public class JpaSecondFactorStore implements SecondFactorStore {

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public Optional<StoredSecret> secret(UserId userId, boolean confirmed) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT secret, last_used_step FROM totp_secrets WHERE user_id = ?1 AND confirmed = ?2")
            .setParameter(1, userId.value())
            .setParameter(2, confirmed)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    Long step = row[1] == null ? null : ((Number) row[1]).longValue();
    return Optional.of(new StoredSecret((byte[]) row[0], step));
  }

  @Override
  public void savePending(
      UserId userId, byte[] sealedSecret, List<byte[]> backupCodeHashes, Instant now) {
    lockUser(userId);
    update("DELETE FROM backup_codes WHERE user_id = ?1 AND NOT confirmed", userId);
    em.createNativeQuery(
            "INSERT INTO totp_secrets (user_id, confirmed, secret, created_at) VALUES (?1, false, ?2, ?3)"
                + " ON CONFLICT (user_id, confirmed) DO UPDATE SET secret = EXCLUDED.secret,"
                + " last_used_step = NULL, created_at = EXCLUDED.created_at")
        .setParameter(1, userId.value())
        .setParameter(2, sealedSecret)
        .setParameter(3, EntityMapper.utc(now))
        .executeUpdate();
    insertCodes(userId, false, backupCodeHashes);
  }

  @Override
  public boolean confirmPending(UserId userId, byte[] sealed, long step) {
    lockUser(userId);
    boolean waiting =
        !em.createNativeQuery(
                "SELECT 1 FROM totp_secrets WHERE user_id = ?1 AND NOT confirmed AND secret = ?2")
            .setParameter(1, userId.value())
            .setParameter(2, sealed)
            .getResultList()
            .isEmpty();
    if (!waiting) {
      return false;
    }
    update("DELETE FROM totp_secrets WHERE user_id = ?1 AND confirmed", userId);
    update("DELETE FROM backup_codes WHERE user_id = ?1 AND confirmed", userId);
    em.createNativeQuery(
            "UPDATE totp_secrets SET confirmed = true, last_used_step = ?2 WHERE user_id = ?1")
        .setParameter(1, userId.value())
        .setParameter(2, step)
        .executeUpdate();
    update("UPDATE backup_codes SET confirmed = true WHERE user_id = ?1", userId);
    update("UPDATE users SET two_factor_enabled = true WHERE id = ?1", userId);
    return true;
  }

  @Override
  public boolean useStep(UserId userId, boolean confirmed, long step) {
    return em.createNativeQuery(
                "UPDATE totp_secrets SET last_used_step = ?3 WHERE user_id = ?1 AND confirmed = ?2"
                    + " AND (last_used_step IS NULL OR last_used_step < ?3)")
            .setParameter(1, userId.value())
            .setParameter(2, confirmed)
            .setParameter(3, step)
            .executeUpdate()
        == 1;
  }

  @Override
  public List<StoredBackupCode> unusedBackupCodes(UserId userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id, code_hash FROM backup_codes"
                    + " WHERE user_id = ?1 AND confirmed AND used_at IS NULL ORDER BY id")
            .setParameter(1, userId.value())
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new StoredBackupCode(((Number) row[0]).longValue(), (byte[]) row[1]);
            })
        .toList();
  }

  @Override
  public boolean useBackupCode(long id, Instant now) {
    return em.createNativeQuery(
                "UPDATE backup_codes SET used_at = ?2 WHERE id = ?1 AND used_at IS NULL")
            .setParameter(1, id)
            .setParameter(2, EntityMapper.utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public void replaceBackupCodes(UserId userId, List<byte[]> backupCodeHashes) {
    lockUser(userId);
    update("DELETE FROM backup_codes WHERE user_id = ?1 AND confirmed", userId);
    insertCodes(userId, true, backupCodeHashes);
  }

  @Override
  public void removeAll(UserId userId) {
    lockUser(userId);
    update("DELETE FROM backup_codes WHERE user_id = ?1", userId);
    update("DELETE FROM totp_secrets WHERE user_id = ?1", userId);
    update("UPDATE users SET two_factor_enabled = false WHERE id = ?1", userId);
  }

  @Override
  public List<SealedSecret> allSecrets() {
    List<?> rows =
        em.createNativeQuery("SELECT user_id, confirmed, secret FROM totp_secrets ORDER BY user_id")
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new SealedSecret(
                  new UserId((String) row[0]), (Boolean) row[1], (byte[]) row[2]);
            })
        .toList();
  }

  @Override
  public boolean reseal(UserId userId, boolean confirmed, byte[] before, byte[] sealed) {
    return em.createNativeQuery(
                "UPDATE totp_secrets SET secret = ?3"
                    + " WHERE user_id = ?1 AND confirmed = ?2 AND secret = ?4")
            .setParameter(1, userId.value())
            .setParameter(2, confirmed)
            .setParameter(3, sealed)
            .setParameter(4, before)
            .executeUpdate()
        == 1;
  }

  private void insertCodes(UserId userId, boolean confirmed, List<byte[]> hashes) {
    for (byte[] hash : hashes) {
      em.createNativeQuery(
              "INSERT INTO backup_codes (user_id, confirmed, code_hash) VALUES (?1, ?2, ?3)")
          .setParameter(1, userId.value())
          .setParameter(2, confirmed)
          .setParameter(3, hash)
          .executeUpdate();
    }
  }

  private void lockUser(UserId userId) {
    em.createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE")
        .setParameter(1, userId.value())
        .getResultList();
  }

  private void update(String sql, UserId userId) {
    em.createNativeQuery(sql).setParameter(1, userId.value()).executeUpdate();
  }
}
