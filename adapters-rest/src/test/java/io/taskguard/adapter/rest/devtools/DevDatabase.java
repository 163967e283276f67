package io.taskguard.adapter.rest.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run command's database. With {@code TASKGUARD_DB_HOST} set, taskguard uses that database and
 * this does nothing. Otherwise it starts an embedded PostgreSQL whose data lives outside the build
 * (default {@code ~/.taskguard/dev-postgres}, so it survives restarts and {@code mvn clean}), and
 * points the development server at it. It stops when the build's JVM exits.
 *
 * <p>Test scope only: neither this class nor the embedded binaries are part of the WAR.
 *
 * <p>Argument: the Liberty server directory.
 */
public final class DevDatabase {

  private static final String OVERRIDE = "configDropins/overrides/dev-database.xml";

  private DevDatabase() {}

  public static void main(String[] args) throws IOException, SQLException {
    Path serverDir = Path.of(args[0]);
    Path override = serverDir.resolve(OVERRIDE);
    String configured = System.getenv("TASKGUARD_DB_HOST");
    if (configured != null && !configured.isBlank()) {
      Files.deleteIfExists(override);
      System.out.println("[taskguard] using the configured database at " + configured);
      return;
    }
    Path data =
        Path.of(
            env(
                "TASKGUARD_DEV_PGDATA",
                System.getProperty("user.home") + "/.taskguard/dev-postgres"));
    int port = Integer.parseInt(env("TASKGUARD_DEV_PGPORT", "54329"));
    Files.createDirectories(data.getParent());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .start();
    createDatabase(postgres);
    Files.createDirectories(override.getParent());
    Files.writeString(override, overrides(port));
    System.out.println(
        "[taskguard] embedded PostgreSQL on 127.0.0.1:" + port + ", data in " + data);
  }

  private static void createDatabase(EmbeddedPostgres postgres) throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'taskguard'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE taskguard");
      }
    }
  }

  private static String overrides(int port) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- Written by the run command: the development server uses the embedded PostgreSQL. -->
        <server>
          <variable name="TASKGUARD_DB_HOST" value="127.0.0.1"/>
          <variable name="TASKGUARD_DB_PORT" value="%d"/>
          <variable name="TASKGUARD_DB_NAME" value="taskguard"/>
          <variable name="TASKGUARD_DB_USER" value="postgres"/>
          <variable name="TASKGUARD_DB_PASSWORD" value=""/>
          <variable name="taskguard.env" value="development"/>
        </server>
        """
        .formatted(port);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
