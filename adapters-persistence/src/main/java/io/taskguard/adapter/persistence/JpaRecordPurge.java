package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.RecordPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Retention on PostgreSQL. The purge lock is a transaction-level advisory lock, so it is released
 * with the transaction, even when the server holding it dies.
 */
@ApplicationScoped
public class JpaRecordPurge implements RecordPurge {

  /** The advisory lock's key: "taskguard" as ASCII, in a 64-bit number, no other use. */
  static final long LOCK_KEY = 0x7461736b67756172L;

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public boolean lockForThisTransaction() {
    Object locked =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
            .setParameter(1, LOCK_KEY)
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  @Override
  public int sessionsEndedBefore(Instant before) {
    return delete("DELETE FROM sessions WHERE expires_at < ?1 OR revoked_at < ?1", before)
        + delete("DELETE FROM two_factor_challenges WHERE expires_at < ?1", before)
        + delete("DELETE FROM trusted_devices WHERE expires_at < ?1", before)
        + delete("DELETE FROM passkey_challenges WHERE expires_at < ?1", before);
  }

  @Override
  public int tokensDoneBefore(Instant before) {
    return delete("DELETE FROM account_tokens WHERE expires_at < ?1 OR used_at < ?1", before);
  }

  @Override
  public int throttleIdleSince(Instant before) {
    return delete(
        "DELETE FROM auth_throttle WHERE window_started_at < ?1"
            + " AND (blocked_until IS NULL OR blocked_until < ?1)",
        before);
  }

  @Override
  public int mailDoneBefore(Instant before) {
    return delete("DELETE FROM mail_outbox WHERE sent_at < ?1 OR given_up_at < ?1", before);
  }

  @Override
  public int auditBefore(Instant before) {
    return delete("DELETE FROM audit_events WHERE occurred_at < ?1", before);
  }

  private int delete(String sql, Instant before) {
    return em.createNativeQuery(sql).setParameter(1, EntityMapper.utc(before)).executeUpdate();
  }
}
