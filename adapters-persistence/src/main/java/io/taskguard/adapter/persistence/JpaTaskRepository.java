package io.taskguard.adapter.persistence;

import io.taskguard.application.port.out.TaskQuery;
import io.taskguard.application.port.out.TaskRepository;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.UserId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Tasks in PostgreSQL through JPA, and the task list through JDBC ({@link #list}). Changes are
 * conditional on the version the caller read, so a lost update is impossible: the second writer of
 * a version changes nothing and is told so.
 */
@ApplicationScoped
public class JpaTaskRepository implements TaskRepository {

  private static final Map<String, Object> REFRESH = Map.of("eclipselink.refresh", "true");

  @PersistenceContext(unitName = "taskguard")
  EntityManager em;

  /** The persistence unit's data source (persistence.xml), for the task list. */
  @Resource(lookup = "jdbc/taskguard")
  DataSource dataSource;

  @Override
  public Task add(
      UserId owner, Title title, Description description, DueDate dueDate, Instant now) {
    TaskEntity row = new TaskEntity();
    row.userId = owner.value();
    row.title = title.value();
    row.description = Description.text(description);
    row.completed = false;
    row.version = 0;
    row.createdAt = EntityMapper.utc(now);
    row.updatedAt = row.createdAt;
    row.dueDate = DueDate.day(dueDate);
    em.persist(row);
    em.flush();
    return EntityMapper.toTask(row);
  }

  @Override
  public Optional<Task> findById(TaskId id) {
    // A refresh, not the persistence context's copy: after a conditional write lost a race in this
    // transaction, the retry must see the row as it is now (or that it is gone).
    return Optional.ofNullable(em.find(TaskEntity.class, id.value(), REFRESH))
        .map(EntityMapper::toTask);
  }

  /** {@code SELECT ... FOR UPDATE}: the row stays locked until the transaction ends. */
  @Override
  public Optional<Task> findByIdForWrite(TaskId id) {
    return Optional.ofNullable(
            em.find(TaskEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE, REFRESH))
        .map(EntityMapper::toTask);
  }

  /**
   * One page of a user's tasks, read with JDBC from the persistence unit's own data source. The
   * list is the request users make most, and EclipseLink's part in a native query (preparing the
   * query anew on each call, reading each column through the result set's metadata) would be a
   * large share of its database time. It sees what is committed, and within a transaction the rows
   * its entity manager has flushed: the list use case reads outside any transaction.
   */
  @Override
  public List<Task> list(UserId owner, TaskQuery query) {
    return read(
        TaskListSql.of(query),
        owner,
        rows -> {
          List<Task> tasks = new ArrayList<>();
          while (rows.next()) {
            tasks.add(TaskListSql.task(rows));
          }
          return tasks;
        });
  }

  /** Counted the same way, from the same data source, only when a client asks for the total. */
  @Override
  public long count(UserId owner, TaskQuery query) {
    return read(
        TaskListSql.countOf(query),
        owner,
        rows -> {
          rows.next();
          return rows.getLong(1);
        });
  }

  /** What the reader makes of the rows of one query on the owner's tasks. */
  private <T> T read(TaskListSql sql, UserId owner, Rows<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql.text())) {
      statement.setString(1, owner.value());
      List<Object> parameters = sql.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 2, parameters.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      // as EclipseLink reports a failed query, so that an outage is answered alike (503)
      throw new PersistenceException("reading a task list failed", e);
    }
  }

  @FunctionalInterface
  private interface Rows<T> {
    T read(ResultSet rows) throws SQLException;
  }

  @Override
  public boolean update(Task changed) {
    return em.createQuery(
                "UPDATE TaskEntity t SET t.title = :title, t.description = :description,"
                    + " t.dueDate = :dueDate, t.completed = :completed, t.version = :version,"
                    + " t.updatedAt = :updatedAt WHERE t.id = :id AND t.version = :previous")
            .setParameter("title", changed.title().value())
            .setParameter("description", Description.text(changed.description()))
            .setParameter("dueDate", DueDate.day(changed.dueDate()))
            .setParameter("completed", changed.completed())
            .setParameter("version", changed.version())
            .setParameter("updatedAt", EntityMapper.utc(changed.updatedAt()))
            .setParameter("id", changed.id().value())
            .setParameter("previous", changed.version() - 1)
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean remove(TaskId id, long version) {
    return em.createQuery("DELETE FROM TaskEntity t WHERE t.id = :id AND t.version = :version")
            .setParameter("id", id.value())
            .setParameter("version", version)
            .executeUpdate()
        == 1;
  }
}
