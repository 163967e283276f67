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
  public int sessionsEndedBefore(Instant before, int limit) {
    return delete("sessions", "expires_at < ?1 OR revoked_at < ?1", before, limit)
        + delete("two_factor_challenges", "expires_at < ?1", before, limit)
        + delete("trusted_devices", "expires_at < ?1", before, limit)
        + delete("passkey_challenges", "expires_at < ?1", before, limit);
  }

  @Override
  public int tokensDoneBefore(Instant before, int limit) {
    return delete("account_tokens", "expires_at < ?1 OR used_at < ?1", before, limit);
  }

  @Override
  public int throttleIdleSince(Instant before, int limit) {
    return delete(
        "auth_throttle",
        "window_started_at < ?1 AND (blocked_until IS NULL OR blocked_until < ?1)",
        before,
        limit);
  }

  @Override
  public int mailDoneBefore(Instant before, int limit) {
    return delete("mail_outbox", "sent_at < ?1 OR given_up_at < ?1", before, limit);
  }

  @Override
  public int auditBefore(Instant before, int limit) {
    return delete("audit_events", "occurred_at < ?1", before, limit);
  }

  /**
   * Deletes at most {@code limit} rows of {@code table} matching {@code condition}: their row ids
   * are found first (through the index that serves the condition) and then deleted by id, so one
   * batch reads and locks only the rows it removes.
   */
  private int delete(String table, String condition, Instant before, int limit) {
    return em.createNativeQuery(deleteSql(table, condition, limit))
        .setParameter(1, EntityMapper.utc(before))
        .executeUpdate();
  }

  static String deleteSql(String table, String condition, int limit) {
    return "DELETE FROM "
        + table
        + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
        + table
        + " WHERE "
        + condition
        + " LIMIT "
        + limit
        + "))";
  }
}
