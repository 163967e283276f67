package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.RecordPurge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

  /** PostgreSQL's SQLSTATE for a statement it stopped (statement_timeout, a cancel request). */
  static final String QUERY_CANCELED = "57014";

  /**
   * Takes the purge lock for this transaction and, when it got it, in the same statement sets two
   * settings for the rest of the transaction only: {@code statement_timeout}, the bound of each
   * purge statement; and {@code synchronous_commit} off, so the commit does not wait for its WAL to
   * reach the disk (and a synchronous standby): a purge lost in a crash is done again by the next
   * run, and its commits, many in a row, then never hold the purge's row locks while the disk is
   * busy with a checkpoint. One statement, so that the transaction makes one round trip fewer.
   */
  @Override
  public boolean lockForThisTransaction(Duration eachStatementAtMost) {
    Object locked =
        em.createNativeQuery(
                "SELECT CASE WHEN pg_try_advisory_xact_lock(?1) THEN"
                    + " set_config('statement_timeout', ?2, true) IS NOT NULL"
                    + " AND set_config('synchronous_commit', 'off', true) IS NOT NULL"
                    + " ELSE false END")
            .setParameter(1, LOCK_KEY)
            .setParameter(2, Math.max(1, eachStatementAtMost.toMillis()) + "ms")
            .getSingleResult();
    return Boolean.TRUE.equals(locked);
  }

  /**
   * Sessions, by the moment they ended (expired or revoked, whichever came first: one index, V10),
   * with the sign-in challenges and device trust that expire with them.
   */
  static final List<Purgeable> SESSIONS =
      List.of(
          new Purgeable("sessions", "LEAST(expires_at, revoked_at)"),
          new Purgeable("two_factor_challenges", "expires_at"),
          new Purgeable("trusted_devices", "expires_at"),
          new Purgeable("passkey_challenges", "expires_at"));

  static final List<Purgeable> TOKENS =
      List.of(
          new Purgeable("account_tokens", "expires_at"),
          new Purgeable("account_tokens", "used_at"));

  static final List<Purgeable> THROTTLE =
      List.of(
          new Purgeable(
              "auth_throttle",
              "window_started_at",
              " AND (blocked_until IS NULL OR blocked_until < ?1)"));

  static final List<Purgeable> MAIL =
      List.of(new Purgeable("mail_outbox", "sent_at"), new Purgeable("mail_outbox", "given_up_at"));

  static final List<Purgeable> AUDIT = List.of(new Purgeable("audit_events", "occurred_at"));

  @Override
  public int sessionsEndedBefore(Instant before, int limit) {
    return deleteUpTo(before, limit, SESSIONS);
  }

  @Override
  public int tokensDoneBefore(Instant before, int limit) {
    return deleteUpTo(before, limit, TOKENS);
  }

  @Override
  public int throttleIdleSince(Instant before, int limit) {
    return deleteUpTo(before, limit, THROTTLE);
  }

  @Override
  public int mailDoneBefore(Instant before, int limit) {
    return deleteUpTo(before, limit, MAIL);
  }

  @Override
  public int auditBefore(Instant before, int limit) {
    return deleteUpTo(before, limit, AUDIT);
  }

  /**
   * Rows of {@code table} whose time {@code column} (a column, or an expression of columns with an
   * index of its own) is before the cut-off (and that meet {@code also}, when given). Each has an
   * index on its column; one condition per delete, never an OR, so that every delete walks one
   * index.
   */
  record Purgeable(String table, String column, String also) {
    Purgeable(String table, String column) {
      this(table, column, "");
    }
  }

  /** Deletes from each in turn until {@code limit} rows in all are gone or none is left. */
  private int deleteUpTo(Instant before, int limit, List<Purgeable> purgeables) {
    int removed = 0;
    for (Purgeable purgeable : purgeables) {
      if (removed >= limit) {
        break;
      }
      try {
        removed +=
            em.createNativeQuery(deleteSql(purgeable))
                .setParameter(1, EntityMapper.utc(before))
                .setParameter(2, limit - removed)
                .executeUpdate();
      } catch (PersistenceException e) {
        throw stoppedByTheDatabase(e) ? new Cancelled(e) : e;
      }
    }
    return removed;
  }

  private static boolean stoppedByTheDatabase(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
        return true;
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return false;
  }

  /**
   * At most {@code ?2} rows older than {@code ?1}, oldest first: their row ids are found through
   * the column's index and then deleted by id, so one batch reads and locks only the rows it
   * removes. The ORDER BY is what keeps the index when PostgreSQL switches the prepared statement
   * to a generic plan: without it, a plan that guesses a third of the table matches would scan the
   * whole table for the first rows, and on a table whose backlog is gone it reads every row to find
   * none. The limit is a parameter too, so each table has one statement in the pool's statement
   * cache.
   */
  static String deleteSql(Purgeable purgeable) {
    return "DELETE FROM "
        + purgeable.table()
        + " WHERE ctid = ANY (ARRAY(SELECT ctid FROM "
        + purgeable.table()
        + " WHERE "
        + purgeable.column()
        + " < ?1"
        + purgeable.also()
        + " ORDER BY "
        + purgeable.column()
        + " LIMIT ?2))";
  }
}
