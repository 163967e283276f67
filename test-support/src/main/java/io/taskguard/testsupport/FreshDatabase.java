package io.taskguard.testsupport;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A new, empty database on the build's PostgreSQL server, for servers of a test's own that must
 * start from nothing (migrations) or whose data the test reads back in full (crash recovery). Named
 * after the build's test database with a suffix, so a leftover is easy to recognise; dropped on
 * close together with any connection still open on it.
 */
public final class FreshDatabase implements AutoCloseable {

  private final String host;
  private final int port;
  private final String name;
  private final String user = System.getProperty("taskguard.test.db.user");
  private final String password = System.getProperty("taskguard.test.db.password", "");

  private FreshDatabase(String host, int port, String name) {
    this.host = host;
    this.port = port;
    this.name = name;
  }

  /** Creates the database {@code <build test database>_<suffix>}, dropping a leftover first. */
  public static FreshDatabase create(String suffix) {
    if (!suffix.matches("[a-z_]+")) {
      throw new IllegalArgumentException(suffix);
    }
    URI build = URI.create(System.getProperty("taskguard.test.db.url").substring("jdbc:".length()));
    FreshDatabase db =
        new FreshDatabase(
            build.getHost(), build.getPort(), build.getPath().substring(1) + "_" + suffix);
    db.admin("DROP DATABASE IF EXISTS " + db.name + " WITH (FORCE)");
    db.admin("CREATE DATABASE " + db.name);
    return db;
  }

  public String name() {
    return name;
  }

  public String url() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  /** The build server's environment (secret, issuer, test settings) pointed at this database. */
  public Map<String, String> serverEnv() {
    Map<String, String> env = ExtraServer.buildServerEnv();
    env.put("TASKGUARD_DB_HOST", host);
    env.put("TASKGUARD_DB_PORT", Integer.toString(port));
    env.put("TASKGUARD_DB_NAME", name);
    return env;
  }

  /**
   * Only the settings docs/deploy.md calls required, for a server on this database: the database
   * and the key-encryption secret, every other setting left at its default.
   */
  public Map<String, String> requiredServerEnv() {
    Map<String, String> all = serverEnv();
    Map<String, String> required = new HashMap<>();
    for (String name :
        List.of(
            "TASKGUARD_DB_HOST",
            "TASKGUARD_DB_PORT",
            "TASKGUARD_DB_NAME",
            "TASKGUARD_DB_USER",
            "TASKGUARD_DB_PASSWORD",
            "TASKGUARD_SECRET")) {
      required.put(name, all.get(name));
    }
    return required;
  }

  /** Any query or change on this database, through the identity tables' helper. */
  public AuthTables tables() {
    return new AuthTables(url(), user, password);
  }

  public TasksTable tasks() {
    return new TasksTable(url(), user, password);
  }

  @Override
  public void close() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void admin(String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
