package io.taskguard.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OutageAnswers;
import io.taskguard.testsupport.RequestLoad;
import io.taskguard.testsupport.RequestLoad.Call;
import io.taskguard.testsupport.TaskApi;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL stopped under load, and started again: a server of its own on an embedded PostgreSQL
 * of its own (never the machine's shared one). Eight clients keep creating and listing tasks and
 * reading their session while the database goes away; every request is answered within {@link
 * #LATENCY_BOUND}, with a 503 JSON body in the dialect of the API addressed while the database is
 * away, never a 500 or an HTML page; readiness goes DOWN; and within {@link #RECOVERY_BOUND} of
 * PostgreSQL accepting connections again readiness is UP and every request succeeds, with no
 * restart. No task whose creation was answered 201 is lost.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DatabaseOutageIT {

  static final Duration LATENCY_BOUND = Duration.ofSeconds(5);
  static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
  static final int CLIENTS = 8;

  @Test
  void underLoadRequestsFailFastWith503AndServiceResumesByItselfWhenTheDatabaseReturns()
      throws Exception {
    Path data = Files.createTempDirectory("taskguard-outage-pg");
    int pgPort = ExtraServer.freePort();
    EmbeddedPostgres postgres = startPostgres(data, pgPort);
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE taskguard");
    }
    Map<String, String> env = ExtraServer.buildServerEnv();
    env.put("TASKGUARD_DB_HOST", "127.0.0.1");
    env.put("TASKGUARD_DB_PORT", Integer.toString(pgPort));
    env.put("TASKGUARD_DB_NAME", "taskguard");
    env.put("TASKGUARD_DB_USER", "postgres");
    env.put("TASKGUARD_DB_PASSWORD", "");
    try (ExtraServer server = ExtraServer.start("taskguard-outage", env)) {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
      AuthApi auth = new AuthApi(new TaskApi(server.baseUrl()));
      List<AuthApi.Account> users = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        users.add(auth.newAccount("Outage" + i));
      }
      OutageReport report;
      try (RequestLoad load =
          RequestLoad.start(CLIENTS, (client, seq) -> call(auth, users, client, seq))) {
        Thread.sleep(2000);

        long stopping = System.nanoTime();
        postgres.close();
        long stopped = System.nanoTime();
        Duration down = server.awaitStatus("/health/ready", 503, Duration.ofSeconds(15));
        Thread.sleep(4000);
        HttpResult signIn = auth.signIn("nobody@example.com", "irrelevant-pass", null);
        OutageAnswers.assertUnavailable(signIn, true);

        long restarting = System.nanoTime();
        postgres = startPostgres(data, pgPort);
        long back = System.nanoTime();
        Duration up = server.awaitStatus("/health/ready", 200, RECOVERY_BOUND);
        Thread.sleep(Math.max(0, Duration.ofNanos(back - System.nanoTime()).toMillis() + 8000));
        List<Call> calls = load.stop();
        report = new OutageReport(calls, stopping, stopped, restarting, back, down, up);
      }
      System.out.println(report);
      report.assertEveryCallAnsweredWithin(LATENCY_BOUND);
      report.assertNothingButSuccessOr503();
      report.before().forEach(c -> assertTrue(c.succeeded(), c::toString));
      assertTrue(report.during().size() >= CLIENTS, "too few calls while the database was away");
      report.during().forEach(c -> OutageAnswers.assertUnavailable(c.answer(), isAuthApi(c)));
      report.all().stream()
          .filter(c -> c.status() == 503)
          .forEach(c -> OutageAnswers.assertUnavailable(c.answer(), isAuthApi(c)));
      assertTrue(
          report.recovery().compareTo(RECOVERY_BOUND) <= 0,
          () -> "service resumed " + report.recovery().toMillis() + " ms after PostgreSQL");
      assertTrue(report.afterRecoveryBound() > CLIENTS, "too few calls after recovery");
      assertAcknowledgedTasksKept(report.all(), postgres);
    } finally {
      postgres.close();
    }
  }

  /** Creates a task, lists tasks or reads the session, in turn: both APIs, reads and writes. */
  private static HttpResult call(AuthApi auth, List<AuthApi.Account> users, int client, int seq) {
    AuthApi.Account user = users.get(client);
    return switch (seq % 3) {
      case 0 ->
          auth.http()
              .post(
                  TaskApi.tasks(user.id()),
                  user.jwt(),
                  "{\"title\":\"outage " + client + "-" + seq + "\"}");
      case 1 -> auth.http().get(TaskApi.tasks(user.id()) + "?limit=10", user.jwt());
      default -> auth.getSession(user.sessionToken());
    };
  }

  private static boolean isAuthApi(Call call) {
    return call.seq() % 3 == 2;
  }

  private static void assertAcknowledgedTasksKept(List<Call> calls, EmbeddedPostgres postgres) {
    String url = postgres.getJdbcUrl("postgres", "taskguard");
    Map<Long, String> stored = new HashMap<>();
    for (Map<String, Object> row :
        new AuthTables(url, "postgres", "").rows("SELECT * FROM tasks")) {
      stored.put(((Number) row.get("id")).longValue(), (String) row.get("title"));
    }
    for (Call call : calls) {
      if (call.status() == 201) {
        long id = call.answer().object().getJsonNumber("id").longValue();
        assertEquals(call.answer().object().getString("title"), stored.get(id), call::toString);
      }
    }
  }

  private static EmbeddedPostgres startPostgres(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}
