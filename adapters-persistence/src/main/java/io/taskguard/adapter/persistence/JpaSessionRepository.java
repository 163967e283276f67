package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.SessionRepository;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.user.UserId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Sessions in PostgreSQL: revocation is a row update, visible to every server at once. */
@ApplicationScoped
public class JpaSessionRepository implements SessionRepository {

  private static final String LIVE = " s.revokedAt IS NULL AND s.expiresAt > :now";

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  /** The persistence unit's data source (persistence.xml), for {@link #markUsed}. */
  @Resource(lookup = "jdbc/taskguard")
  DataSource dataSource;

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

  /**
   * A plain JDBC update on the data source, so that it runs on the connection the caller's read of
   * the session already holds: in the caller's transaction when there is one, otherwise in its own
   * autocommit statement within the read's local transaction. A transaction of its own (as this
   * was) needed a second connection while the read's stayed held until the caller returned, and 20
   * requests doing so at once held every connection of the pool while each waited for one more.
   */
  @Override
  public void markUsed(SessionId id, Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE sessions SET updated_at = ? WHERE id = ? AND updated_at < ?"
                    + " AND revoked_at IS NULL AND expires_at > ?")) {
      OffsetDateTime at = EntityMapper.utc(now);
      update.setObject(1, at);
      update.setString(2, id.value());
      update.setObject(3, at);
      update.setObject(4, at);
      update.executeUpdate();
    } catch (SQLException e) {
      // as EclipseLink reports a failed statement, so that an outage is answered alike (503)
      throw new PersistenceException("recording a session's use failed", e);
    }
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
