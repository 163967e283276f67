package io.taskguard.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code tasks} table of the server's database, read and written directly to check what the API
 * did (or did not do) and to set up large collections fast. Connection settings are the system
 * properties {@code taskguard.test.db.url}, {@code .user} and {@code .password} unless given.
 */
public final class TasksTable {

  /** A row as stored; timestamps as instants. */
  public record Row(
      long id,
      String userId,
      String title,
      String description,
      boolean completed,
      long version,
      Instant createdAt,
      Instant updatedAt) {}

  /** How many rows there are and a digest of all of them, to prove that nothing changed. */
  public record Snapshot(long rows, String digest) {}

  private static final String COLUMNS =
      "id, user_id, title, description, completed, version, created_at, updated_at";

  private final String url;
  private final String user;
  private final String password;

  /** The build server's database. */
  public TasksTable() {
    this(
        System.getProperty("taskguard.test.db.url"),
        System.getProperty("taskguard.test.db.user"),
        System.getProperty("taskguard.test.db.password", ""));
  }

  /** Another database, e.g. one of a test's own servers. */
  public TasksTable(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public Snapshot snapshot() {
    String sql =
        "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') FROM tasks t";
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet result = query.executeQuery()) {
      result.next();
      return new Snapshot(result.getLong(1), result.getString(2));
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  public Optional<Row> find(long id) {
    List<Row> rows = rows("SELECT " + COLUMNS + " FROM tasks WHERE id = ?", id);
    return rows.stream().findFirst();
  }

  public List<Row> ofUser(String userId) {
    return rows("SELECT " + COLUMNS + " FROM tasks WHERE user_id = ? ORDER BY id", userId);
  }

  /**
   * Inserts {@code count} tasks for {@code userId} in one statement: titles {@code prefix + n}
   * (with repeats, so that title order has ties), every third completed, and creation times one
   * millisecond apart from {@code firstCreated} with two tasks sharing each instant, so that the id
   * tie-breaker is exercised. Returns the ids in insertion order.
   */
  public List<Long> insertMany(String userId, int count, String prefix, Instant firstCreated) {
    String sql =
        "INSERT INTO tasks (user_id, title, description, completed, version, created_at,"
            + " updated_at) SELECT ?, ?::text || (g % 400)::text, NULL, g % 3 = 0, 0, t, t"
            + " FROM generate_series(1, ?) AS g,"
            + " LATERAL (SELECT ?::timestamptz + (g / 2) * interval '1 millisecond' AS t) AS at"
            + " ORDER BY g RETURNING id";
    List<Long> ids = new ArrayList<>();
    try (Connection db = connect();
        PreparedStatement insert = db.prepareStatement(sql)) {
      insert.setString(1, userId);
      insert.setString(2, prefix);
      insert.setInt(3, count);
      insert.setObject(4, OffsetDateTime.ofInstant(firstCreated, ZoneOffset.UTC));
      try (ResultSet result = insert.executeQuery()) {
        while (result.next()) {
          ids.add(result.getLong(1));
        }
      }
      return ids;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private List<Row> rows(String sql, Object parameter) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(
              new Row(
                  result.getLong("id"),
                  result.getString("user_id"),
                  result.getString("title"),
                  result.getString("description"),
                  result.getBoolean("completed"),
                  result.getLong("version"),
                  result.getObject("created_at", OffsetDateTime.class).toInstant(),
                  result.getObject("updated_at", OffsetDateTime.class).toInstant()));
        }
      }
      return rows;
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
