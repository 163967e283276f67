package io.taskguard.adapter.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database of the contract tests' own: created empty under a fresh name, brought up to
 * date by the production migrations, and dropped when the tests are done. Databases that a killed
 * run left behind are dropped once they are a day old.
 *
 * <p>Where PostgreSQL runs comes from the system properties {@code taskguard.test.db.host}, {@code
 * .port}, {@code .user} and {@code .password} (defaults 127.0.0.1, 5432, postgres, empty).
 */
final class ContractDatabase implements AutoCloseable {

  private static final Pattern NAME = Pattern.compile("taskguard_ct_(\\d{14})_[0-9a-f]{8}");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  final String name;
  private final String host;
  private final int port;
  private final String user;
  private final String password;

  private ContractDatabase(String host, int port, String user, String password, String name) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.name = name;
  }

  /** Creates a new, empty database: call {@link #migrate()} next, {@link #close()} at the end. */
  static ContractDatabase create() throws SQLException {
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    String name =
        "taskguard_ct_"
            + LocalDateTime.now().format(STAMP)
            + "_"
            + HexFormat.of().formatHex(random);
    ContractDatabase database =
        new ContractDatabase(
            System.getProperty("taskguard.test.db.host", "127.0.0.1"),
            Integer.parseInt(System.getProperty("taskguard.test.db.port", "5432")),
            System.getProperty("taskguard.test.db.user", "postgres"),
            System.getProperty("taskguard.test.db.password", ""),
            name);
    try (Connection connection = database.connectToServer();
        Statement statement = connection.createStatement()) {
      for (String stale : staleDatabases(statement)) {
        statement.execute("DROP DATABASE IF EXISTS " + stale + " WITH (FORCE)");
      }
      statement.execute("CREATE DATABASE " + name);
    }
    return database;
  }

  String url() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  DataSource dataSource() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(url());
    source.setUser(user);
    source.setPassword(password);
    return source;
  }

  /** Runs the production schema migrations, as the server does at start-up. */
  void migrate() {
    SchemaMigrations migrations = new SchemaMigrations();
    migrations.migrationSource = dataSource();
    if (!migrations.migrateIfNeeded()) {
      throw new IllegalStateException("the migrations failed on " + url() + " (see the log)");
    }
  }

  /**
   * The production persistence unit {@code taskguard}, turned from JTA with a container data source
   * into RESOURCE_LOCAL with EclipseLink's own connection pool on this database.
   */
  EntityManagerFactory entityManagerFactory() {
    return Persistence.createEntityManagerFactory(
        "taskguard",
        Map.of(
            "jakarta.persistence.transactionType",
            "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource",
            "",
            "jakarta.persistence.jdbc.driver",
            "org.postgresql.Driver",
            "jakarta.persistence.jdbc.url",
            url(),
            "jakarta.persistence.jdbc.user",
            user,
            "jakarta.persistence.jdbc.password",
            password));
  }

  /** Drops the database, closing whatever connections are still open to it. */
  @Override
  public void close() throws SQLException {
    try (Connection connection = connectToServer();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  boolean exists() throws SQLException {
    try (Connection connection = connectToServer();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
      rows.next();
      return rows.getInt(1) == 1;
    }
  }

  private Connection connectToServer() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
  }

  private static List<String> staleDatabases(Statement statement) throws SQLException {
    List<String> stale = new ArrayList<>();
    LocalDateTime dayAgo = LocalDateTime.now().minusDays(1);
    try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database")) {
      while (rows.next()) {
        Matcher matcher = NAME.matcher(rows.getString(1));
        if (matcher.matches() && LocalDateTime.parse(matcher.group(1), STAMP).isBefore(dayAgo)) {
          stale.add(matcher.group());
        }
      }
    }
    return stale;
  }
}
