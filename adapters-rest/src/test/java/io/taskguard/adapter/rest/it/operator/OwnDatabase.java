package io.taskguard.adapter.rest.it.operator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database of a test's own beside the run's ({@code <run database>_<suffix>}), on the same
 * PostgreSQL, for servers whose keys must not mix with the build server's; dropped on close.
 */
final class OwnDatabase implements AutoCloseable {

  private final URI server;
  private final String name;

  private OwnDatabase(URI server, String name) {
    this.server = server;
    this.name = name;
  }

  static OwnDatabase create(String suffix) {
    URI url = URI.create(System.getProperty("taskguard.test.db.url").substring("jdbc:".length()));
    OwnDatabase db = new OwnDatabase(url, url.getPath().substring(1) + "_" + suffix);
    db.onServer("DROP DATABASE IF EXISTS " + db.name + " WITH (FORCE)");
    db.onServer("CREATE DATABASE " + db.name);
    return db;
  }

  /**
   * The build server's environment (its keystore password too: without Liberty's default keystore
   * MP-JWT does not start, and the task API refuses every token), for this database, with {@code
   * secret}, and with the operator credential or without one.
   */
  Map<String, String> env(String secret, boolean withOperator) {
    Map<String, String> env = new HashMap<>();
    Path template = Path.of(System.getProperty("taskguard.test.server.dir"), "server.env");
    try {
      for (String line : Files.readAllLines(template)) {
        int equals = line.indexOf('=');
        if (!line.startsWith("#") && equals > 0) {
          env.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("TASKGUARD_DB_NAME", name);
    env.put("TASKGUARD_SECRET", secret);
    if (!withOperator) {
      env.remove("TASKGUARD_OPERATOR_USER");
      env.remove("TASKGUARD_OPERATOR_PASSWORD");
    }
    return env;
  }

  /** Every stored key: kid to encrypted private key. */
  Map<String, byte[]> encryptedKeys() {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    try (Connection db = connect(name);
        ResultSet rows =
            db.createStatement()
                .executeQuery("SELECT kid, private_key_encrypted FROM signing_keys ORDER BY kid")) {
      while (rows.next()) {
        keys.put(rows.getString(1), rows.getBytes(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return keys;
  }

  long count(String sql, Object... parameters) {
    try (Connection db = connect(name);
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public void close() {
    onServer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private void onServer(String sql) {
    try (Connection db = connect("postgres");
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database,
        System.getProperty("taskguard.test.db.user"),
        System.getProperty("taskguard.test.db.password", ""));
  }
}
