package io.taskguard.testsupport;

import java.time.Duration;
import java.util.Map;

/**
 * A taskguard server of a test's own on a fresh database of its own, started with only the settings
 * docs/deploy.md calls required and those the test adds, and ready when {@link #start} returns.
 * Closing it stops the server and drops the database.
 */
public final class OwnServer implements AutoCloseable {

  private final FreshDatabase database;
  private final ExtraServer server;

  private OwnServer(FreshDatabase database, ExtraServer server) {
    this.database = database;
    this.server = server;
  }

  /** Server {@code taskguard-}{@code name} on database {@code …_}{@code name}, plus {@code env}. */
  public static OwnServer start(String name, Map<String, String> env) {
    FreshDatabase database = FreshDatabase.create(name);
    ExtraServer server = null;
    try {
      Map<String, String> settings = database.requiredServerEnv();
      settings.putAll(env);
      server = ExtraServer.start("taskguard-" + name, settings);
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(150));
      return new OwnServer(database, server);
    } catch (RuntimeException | Error failed) {
      try (FreshDatabase dropped = database) {
        if (server != null) {
          server.close();
        }
      }
      throw failed;
    }
  }

  public ExtraServer server() {
    return server;
  }

  public FreshDatabase database() {
    return database;
  }

  @Override
  public void close() {
    try (FreshDatabase dropped = database) {
      server.close();
    }
  }
}
