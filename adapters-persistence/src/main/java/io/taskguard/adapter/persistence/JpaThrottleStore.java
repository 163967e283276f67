package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.ThrottleStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Attempt counters in PostgreSQL (table {@code auth_throttle}). Counting is one atomic upsert, so
 * concurrent attempts on several servers are all counted; a counter whose window has passed (and
 * that blocks nothing) starts over. Whether and how long to block is decided by the caller.
 */
@ApplicationScoped
public class JpaThrottleStore implements ThrottleStore {

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public Count current(String scope, String subject, Instant now, Duration window) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT failures, window_started_at, blocked_until FROM auth_throttle"
                    + " WHERE scope = ?1 AND subject = ?2")
            .setParameter(1, scope)
            .setParameter(2, subject)
            .getResultList();
    if (rows.isEmpty()) {
      return new Count(0, null);
    }
    Object[] row = (Object[]) rows.get(0);
    Instant windowStart = EntityMapper.instant(row[1]);
    Instant blockedUntil = EntityMapper.instant(row[2]);
    boolean blocking = blockedUntil != null && blockedUntil.isAfter(now);
    if (!blocking && windowStart.isBefore(now.minus(window))) {
      return new Count(0, null);
    }
    return new Count(((Number) row[0]).intValue(), blocking ? blockedUntil : null);
  }

  @Override
  public int count(String scope, String subject, Instant now, Duration window) {
    OffsetDateTime at = EntityMapper.utc(now);
    String fresh =
        "auth_throttle.window_started_at < ?4"
            + " AND (auth_throttle.blocked_until IS NULL OR auth_throttle.blocked_until <= ?3)";
    Number attempts =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO auth_throttle (scope, subject, failures, window_started_at)"
                        + " VALUES (?1, ?2, 1, ?3) ON CONFLICT (scope, subject) DO UPDATE SET"
                        + " failures = CASE WHEN "
                        + fresh
                        + " THEN 1 ELSE auth_throttle.failures + 1 END,"
                        + " window_started_at = CASE WHEN "
                        + fresh
                        + " THEN ?3 ELSE auth_throttle.window_started_at END"
                        + " RETURNING failures")
                .setParameter(1, scope)
                .setParameter(2, subject)
                .setParameter(3, at)
                .setParameter(4, EntityMapper.utc(now.minus(window)))
                .getSingleResult();
    return attempts.intValue();
  }

  @Override
  public void block(String scope, String subject, Instant until) {
    em.createNativeQuery(
            "UPDATE auth_throttle SET blocked_until = ?3 WHERE scope = ?1 AND subject = ?2")
        .setParameter(1, scope)
        .setParameter(2, subject)
        .setParameter(3, EntityMapper.utc(until))
        .executeUpdate();
  }

  @Override
  public void reset(String scope, String subject) {
    em.createNativeQuery("DELETE FROM auth_throttle WHERE scope = ?1 AND subject = ?2")
        .setParameter(1, scope)
        .setParameter(2, subject)
        .executeUpdate();
  }
}
