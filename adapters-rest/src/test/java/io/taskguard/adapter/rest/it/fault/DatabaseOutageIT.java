package io.taskguard.adapter.rest.it.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.adapter.rest.it.support.ExtraServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness follows the database, without a restart: a server of its own on an embedded PostgreSQL
 * of its own (never the machine's shared one), which the test stops and starts again.
 */
class DatabaseOutageIT {

  @Test
  void readinessGoesDownWithTheDatabaseAndUpWhenItReturns() throws Exception {
    Path data = Files.createTempDirectory("taskguard-outage-pg");
    int pgPort = ExtraServer.freePort();
    EmbeddedPostgres postgres = startPostgres(data, pgPort);
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE taskguard");
    }
    Map<String, String> env =
        Map.of(
            "TASKGUARD_DB_HOST", "127.0.0.1",
            "TASKGUARD_DB_PORT", Integer.toString(pgPort),
            "TASKGUARD_DB_NAME", "taskguard",
            "TASKGUARD_DB_USER", "postgres",
            "TASKGUARD_ENV", "production",
            "TASKGUARD_SECRET", "outage-test-secret-0123456789abcdef");
    try (ExtraServer server = ExtraServer.start("taskguard-outage", env)) {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(90));

      postgres.close();
      Duration down = server.awaitStatus("/health/ready", 503, Duration.ofSeconds(15));
      long started = System.nanoTime();
      HttpResponse<String> refused = signIn(server);
      Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(503, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("\"code\":\"SERVICE_UNAVAILABLE\""), refused.body());
      assertTrue(answeredIn.compareTo(Duration.ofSeconds(10)) < 0, "took " + answeredIn);

      postgres = startPostgres(data, pgPort);
      Duration up = server.awaitStatus("/health/ready", 200, Duration.ofSeconds(5));
      System.out.printf(
          "[outage] ready DOWN after %d ms, request refused in %d ms, UP %d ms after restart%n",
          down.toMillis(), answeredIn.toMillis(), up.toMillis());
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static HttpResponse<String> signIn(ExtraServer server) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/auth/sign-in/email"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"nobody@example.com\",\"password\":\"irrelevant-pass\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
