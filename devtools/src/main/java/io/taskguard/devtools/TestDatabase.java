package io.taskguard.devtools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the fresh database an integration-test run uses, and drops those that earlier runs left
 * behind more than a day ago: a run's own database and the ones its tests made beside it ({@code
 * FreshDatabase}, named after it with a suffix), which a test killed mid-way leaves behind. Run by
 * the build before the test server starts.
 *
 * <p>Arguments: host, port, user, password, database name ({@code taskguard_it_yyyyMMddHHmmss}).
 */
public final class TestDatabase {

  private static final Pattern TEST_DB = Pattern.compile("taskguard_it_(\\d{14})");

  /** A run's database or one of its tests' databases beside it ({@code _<suffix>}). */
  private static final Pattern LEFT_BY_A_RUN = Pattern.compile("taskguard_it_(\\d{14})(_[a-z_]+)?");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private TestDatabase() {}

  public static void main(String[] args) throws SQLException {
    String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/postgres";
    String name = args[4];
    if (!TEST_DB.matcher(name).matches()) {
      throw new IllegalArgumentException("not a test database name: " + name);
    }
    try (Connection connection = DriverManager.getConnection(url, args[2], args[3]);
        Statement statement = connection.createStatement()) {
      for (String old : staleTestDatabases(statement)) {
        statement.execute("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
      }
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    }
    System.out.println("[taskguard] integration tests use the new database " + name);
  }

  private static List<String> staleTestDatabases(Statement statement) throws SQLException {
    List<String> stale = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now();
    try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
      while (rows.next()) {
        String database = rows.getString(1);
        if (isStale(database, now)) {
          stale.add(database);
        }
      }
    }
    return stale;
  }

  /**
   * Whether {@code database} was left by a test run that started more than a day before {@code
   * now}.
   */
  static boolean isStale(String database, LocalDateTime now) {
    Matcher matcher = LEFT_BY_A_RUN.matcher(database);
    return matcher.matches()
        && LocalDateTime.parse(matcher.group(1), STAMP).isBefore(now.minusDays(1));
  }
}
