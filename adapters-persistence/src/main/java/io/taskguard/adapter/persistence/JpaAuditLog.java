package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.AuditLog;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The audit trail: a row in {@code audit_events} and an INFO log line per event, with who, from
 * where and when. The port gives it nothing secret to leak.
 */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

  private static final Logger LOG = Logger.getLogger("io.taskguard.audit");

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void record(Event event, UserId userId, String clientAddress, Instant at) {
    String user = userId == null ? null : userId.value();
    em.createNativeQuery(
            "INSERT INTO audit_events (event, user_id, client_address, occurred_at)"
                + " VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, event.name())
        .setParameter(2, user)
        .setParameter(3, clientAddress)
        .setParameter(4, EntityMapper.utc(at))
        .executeUpdate();
    LOG.info(
        () ->
            "audit event="
                + event
                + " user="
                + (user == null ? "-" : user)
                + " address="
                + clientAddress
                + " at="
                + at);
  }
}
