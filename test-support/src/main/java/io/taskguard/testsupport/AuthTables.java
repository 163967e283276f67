package io.taskguard.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity tables of the server's database ({@code users}, {@code sessions}, {@code
 * auth_throttle}, {@code audit_events}), read directly to check what the accounts API stored, and
 * what it did not. Rows come back as column name to JDBC value; connection settings are the system
 * properties {@code taskguard.test.db.url}, {@code .user} and {@code .password} unless given.
 */
public final class AuthTables {

  private final String url;
  private final String user;
  private final String password;

  /** The build server's database. */
  public AuthTables() {
    this(
        System.getProperty("taskguard.test.db.url"),
        System.getProperty("taskguard.test.db.user"),
        System.getProperty("taskguard.test.db.password", ""));
  }

  /** Another database, e.g. one of a test's own servers. */
  public AuthTables(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** The row of the account with {@code email} (compared as stored: lower-case). */
  public Optional<Map<String, Object>> user(String email) {
    return rows("SELECT * FROM users WHERE email = ?", email).stream().findFirst();
  }

  /** How many accounts have {@code email}, in any letter case. */
  public long usersWithEmail(String email) {
    return ((Number)
            rows("SELECT count(*) AS n FROM users WHERE lower(email) = lower(?)", email)
                .get(0)
                .get("n"))
        .longValue();
  }

  public Optional<Map<String, Object>> session(String id) {
    return rows("SELECT * FROM sessions WHERE id = ?", id).stream().findFirst();
  }

  /** The session row as PostgreSQL prints it, every column: to prove that it did not change. */
  public String sessionAsText(String id) {
    return rows("SELECT s::text AS r FROM sessions s WHERE id = ?", id).stream()
        .map(row -> (String) row.get("r"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session " + id));
  }

  public List<Map<String, Object>> sessionsOf(String userId) {
    return rows("SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at", userId);
  }

  /** The throttle counter of {@code subject} (an address or an email) in {@code scope}. */
  public Optional<Map<String, Object>> throttle(String scope, String subject) {
    return rows("SELECT * FROM auth_throttle WHERE scope = ? AND subject = ?", scope, subject)
        .stream()
        .findFirst();
  }

  /** The audit events from {@code address} or about {@code userId}, oldest first. */
  public List<Map<String, Object>> auditEvents(String userId, String address) {
    return rows(
        "SELECT * FROM audit_events WHERE user_id = ? OR client_address = ? ORDER BY id",
        userId,
        address);
  }

  /** Every row of {@code table}, each as the text PostgreSQL prints for it (all its columns). */
  public List<String> allRowsAsText(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    return rows("SELECT t::text AS row FROM " + table + " t").stream()
        .map(row -> (String) row.get("row"))
        .toList();
  }

  /**
   * The number of rows of {@code table} and an MD5 digest of all of them as PostgreSQL prints them,
   * leaving out the columns named in {@code ignored}: equal fingerprints mean nothing else in the
   * table changed.
   */
  public String fingerprint(String table, String... ignored) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table);
    }
    Map<String, Object> found =
        rows(
                "SELECT count(*) AS n, coalesce(md5(string_agg(r, '|' ORDER BY r)), '') AS digest"
                    + " FROM (SELECT (to_jsonb(t) - ?::text[])::text AS r FROM "
                    + table
                    + " t) AS printed",
                (Object) ignored)
            .get(0);
    return table + ": " + found.get("n") + " rows, " + found.get("digest");
  }

  /** Any insert, update or delete; returns the number of rows it changed. */
  public int update(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException failed) {
      throw new IllegalStateException(sql, failed);
    }
  }

  /** Any query; column names as PostgreSQL reports them (lower-case), timestamps as instants. */
  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= columns.getColumnCount(); c++) {
            Object value =
                "timestamptz".equals(columns.getColumnTypeName(c))
                    ? Optional.ofNullable(result.getObject(c, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant)
                        .orElse(null)
                    : result.getObject(c);
            row.put(columns.getColumnLabel(c), value);
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException failed) {
      throw new IllegalStateException(sql, failed);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
