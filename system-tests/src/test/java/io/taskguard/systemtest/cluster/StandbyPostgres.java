package io.taskguard.systemtest.cluster;

import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.ServerFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL with a streaming hot standby, of the test's own (never the machine's shared server):
 * two clusters made with the machine's {@code initdb} and {@code pg_basebackup} on ports of their
 * own, the primary committing only once the standby has the commit on disk ({@code
 * synchronous_standby_names}, {@code synchronous_commit = on}). The primary can be stopped and the
 * standby promoted, as an HA operator does when the primary's machine is lost.
 */
final class StandbyPostgres implements AutoCloseable {

  static final String DATABASE = "taskguard";
  private static final String STANDBY_NAME = "standby";

  private final Path root;
  private final Path bin;
  private final int primaryPort;
  private final int standbyPort;
  private boolean promoted;

  private StandbyPostgres(Path root, Path bin, int primaryPort, int standbyPort) {
    this.root = root;
    this.bin = bin;
    this.primaryPort = primaryPort;
    this.standbyPort = standbyPort;
  }

  /** Creates both clusters, starts them and waits until the standby replicates synchronously. */
  static StandbyPostgres start() throws IOException {
    Path root = Files.createTempDirectory("taskguard-ha-pg");
    StandbyPostgres pg =
        new StandbyPostgres(root, binaries(), ExtraServer.freePort(), ExtraServer.freePort());
    pg.create();
    return pg;
  }

  private void create() throws IOException {
    if (runsAsRoot()) {
      run(List.of("chown", "postgres:postgres", root.toString()), false);
    }
    Path primary = root.resolve("primary");
    Path standby = root.resolve("standby");
    pg("initdb", "-D", primary.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
    append(
        primary.resolve("postgresql.conf"),
        "port = " + primaryPort,
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = '" + root + "'",
        "max_connections = 200",
        "wal_level = replica",
        "max_wal_senders = 4",
        "hot_standby = on",
        "synchronous_commit = on",
        "synchronous_standby_names = '" + STANDBY_NAME + "'");
    pgCtl(primary, "start");
    pg(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(primaryPort),
        "-U",
        "postgres",
        "-D",
        standby.toString(),
        "-X",
        "stream",
        "-R");
    // The copy takes the primary's settings; the standby listens on its own port, names itself to
    // the primary, and waits for no standby of its own once promoted (nothing would answer).
    append(
        standby.resolve("postgresql.auto.conf"),
        "port = " + standbyPort,
        "primary_conninfo = 'host=127.0.0.1 port="
            + primaryPort
            + " user=postgres application_name="
            + STANDBY_NAME
            + "'",
        "synchronous_standby_names = ''");
    pgCtl(standby, "start");
    awaitSynchronousStandby(Duration.ofSeconds(30));
    try (Connection connection = connect(primaryPort, "postgres");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The JDBC host settings a server is given: both clusters, primary first ({@code
   * TASKGUARD_DB_HOST} lists hosts, the last one's port is {@code TASKGUARD_DB_PORT}).
   */
  Map<String, String> serverEnv() {
    return Map.of(
        "TASKGUARD_DB_HOST",
        "127.0.0.1:" + primaryPort + ",127.0.0.1",
        "TASKGUARD_DB_PORT",
        Integer.toString(standbyPort),
        "TASKGUARD_DB_NAME",
        DATABASE,
        "TASKGUARD_DB_USER",
        "postgres",
        "TASKGUARD_DB_PASSWORD",
        "");
  }

  /** The tables of the database on whichever cluster is the primary now. */
  AuthTables primaryTables() {
    return new AuthTables(url(promoted ? standbyPort : primaryPort), "postgres", "");
  }

  /** The tables as the standby sees them (read-only until it is promoted). */
  AuthTables standbyTables() {
    return new AuthTables(url(standbyPort), "postgres", "");
  }

  /** Stops the primary as its machine's loss would (immediate: no checkpoint, no goodbye). */
  void stopPrimary() {
    pgCtl(root.resolve("primary"), "stop", "-m", "immediate");
  }

  /** Promotes the standby to primary and returns once it accepts writes. */
  void promoteStandby() {
    pgCtl(root.resolve("standby"), "promote");
    promoted = true;
  }

  @Override
  public void close() {
    for (String cluster : List.of("standby", "primary")) {
      Path data = root.resolve(cluster);
      if (Files.exists(data.resolve("postmaster.pid"))) {
        try {
          pgCtl(data, "stop", "-m", "immediate");
        } catch (RuntimeException e) {
          // already gone
        }
      }
    }
    try {
      ServerFiles.deleteTree(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitSynchronousStandby(Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection connection = connect(primaryPort, "postgres");
          Statement statement = connection.createStatement();
          var rows =
              statement.executeQuery(
                  "SELECT sync_state FROM pg_stat_replication WHERE application_name = '"
                      + STANDBY_NAME
                      + "' AND state = 'streaming'")) {
        if (rows.next() && "sync".equals(rows.getString(1))) {
          return;
        }
      } catch (SQLException e) {
        // not up yet
      }
      ExtraServer.sleep(100);
    }
    throw new AssertionError("the standby did not replicate synchronously within " + limit);
  }

  private static String url(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  private static Connection connect(int port, String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
  }

  private void pgCtl(Path data, String... action) {
    List<String> command = new ArrayList<>(List.of("pg_ctl", "-D", data.toString(), "-w"));
    if ("start".equals(action[0])) {
      command.addAll(List.of("-l", root.resolve(data.getFileName() + ".log").toString()));
    }
    command.addAll(List.of(action));
    pg(command.toArray(String[]::new));
  }

  private void pg(String... command) {
    List<String> line = new ArrayList<>();
    line.add(bin.resolve(command[0]).toString());
    line.addAll(List.of(command).subList(1, command.length));
    run(line, runsAsRoot());
  }

  /** PostgreSQL refuses to run as root: as root, its tools run as the system's postgres user. */
  private static void run(List<String> command, boolean asPostgres) {
    List<String> line = new ArrayList<>();
    if (asPostgres) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(command);
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean runsAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The machine's PostgreSQL server programs ({@code pg_config --bindir}). */
  private static Path binaries() throws IOException {
    Process process = new ProcessBuilder("pg_config", "--bindir").start();
    String dir = new String(process.getInputStream().readAllBytes()).strip();
    Path bin = Path.of(dir);
    if (!Files.isExecutable(bin.resolve("initdb"))) {
      throw new IllegalStateException("no initdb in " + bin + " (pg_config --bindir)");
    }
    return bin;
  }

  private static void append(Path file, String... lines) throws IOException {
    Files.writeString(
        file,
        Files.readString(file) + "\n" + String.join("\n", lines) + "\n",
        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
  }
}
