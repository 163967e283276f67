package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions in PostgreSQL: revocation is a row update, visible to every server at once. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  private static final String LIVE = " s.revokedAt IS NULL AND s.expiresAt > :now";

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  @Override
  public void add(Session session, byte[] tokenHash) {
    SessionEntity row = new SessionEntity();
    row.id = session.id().value();
    row.userId = session.userId().value();
    row.tokenHash = tokenHash.clone();
    row.expiresAt = EntityMapper.utc(session.expiresAt());
    row.createdAt = EntityMapper.utc(session.createdAt());
    row.updatedAt = EntityMapper.utc(session.updatedAt());
    row.ipAddress = session.ipAddress();
    row.userAgent = session.userAgent();
    row.steppedUpAt =
        session.steppedUpAt() == null ? null : EntityMapper.utc(session.steppedUpAt());
    em.persist(row);
  }

  @Override
  public Optional<Session> findLive(byte[] tokenHash, Instant now) {
    return em.createQuery(
            "SELECT s FROM SessionEntity s WHERE s.tokenHash = :hash AND" + LIVE,
            SessionEntity.class)
        .setParameter("hash", tokenHash)
        .setParameter("now", EntityMapper.utc(now))
        .getResultStream()
        .findFirst()
        .map(EntityMapper::toSession);
  }

  @Override
  public Optional<SessionOfUser> findLiveWithUser(byte[] tokenHash, Instant now) {
    return em.createQuery(
            "SELECT s, u FROM SessionEntity s, UserEntity u"
                + " WHERE u.id = s.userId AND s.tokenHash = :hash AND"
                + LIVE,
            Object[].class)
        .setParameter("hash", tokenHash)
        .setParameter("now", EntityMapper.utc(now))
        .getResultStream()
        .findFirst()
        .map(
            row ->
                new SessionOfUser(
                    EntityMapper.toSession((SessionEntity) row[0]),
                    EntityMapper.toUser((UserEntity) row[1])));
  }

  @Override
  public boolean isLive(SessionId id, UserId userId, Instant now) {
    return !em.createQuery(
            "SELECT s.id FROM SessionEntity s WHERE s.id = :id AND s.userId = :user AND" + LIVE,
            String.class)
        .setParameter("id", id.value())
        .setParameter("user", userId.value())
        .setParameter("now", EntityMapper.utc(now))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Session> listLive(UserId userId, Instant now) {
    return em.createQuery(
            "SELECT s FROM SessionEntity s WHERE s.userId = :user AND"
                + LIVE
                + " ORDER BY s.createdAt DESC, s.id",
            SessionEntity.class)
        .setParameter("user", userId.value())
        .setParameter("now", EntityMapper.utc(now))
        .getResultStream()
        .map(EntityMapper::toSession)
        .toList();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void markUsed(SessionId id, Instant now) {
    em.createQuery(
            "UPDATE SessionEntity s SET s.updatedAt = :now"
                + " WHERE s.id = :id AND s.updatedAt < :now AND"
                + LIVE)
        .setParameter("now", EntityMapper.utc(now))
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public void markSteppedUp(SessionId id, Instant now) {
    em.createQuery("UPDATE SessionEntity s SET s.steppedUpAt = :now WHERE s.id = :id AND" + LIVE)
        .setParameter("now", EntityMapper.utc(now))
        .setParameter("id", id.value())
        .executeUpdate();
  }

  @Override
  public boolean revoke(UserId userId, SessionId id, Instant now) {
    return revokeWhere(userId, now, " AND s.id = :id", id.value()) == 1;
  }

  @Override
  public int revokeAllBut(UserId userId, SessionId keep, Instant now) {
    return revokeWhere(userId, now, " AND s.id <> :id", keep.value());
  }

  @Override
  public int revokeAll(UserId userId, Instant now) {
    return revokeWhere(userId, now, "", null);
  }

  private int revokeWhere(UserId userId, Instant now, String condition, String id) {
    var update =
        em.createQuery(
                "UPDATE SessionEntity s SET s.revokedAt = :now, s.updatedAt = :now"
                    + " WHERE s.userId = :user AND"
                    + LIVE
                    + condition)
            .setParameter("user", userId.value())
            .setParameter("now", EntityMapper.utc(now));
    if (id != null) {
      update.setParameter("id", id);
    }
    return update.executeUpdate();
  }
}
