package io.taskguard.systemtest.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AccessLog;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.FreshDatabase;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixty task requests at once, each with a valid JWT, reach a server that has just started and has
 * not verified a single token yet, configured with only the settings docs/deploy.md calls required
 * (so with the request threads Liberty gives it by default): every one is answered 200 with the
 * user's list within seconds, and the server never requests its own key set. While MP-JWT fetched
 * the key set from the server over HTTP (a {@code jwksUri}), holding a lock every request needing a
 * key waited on, such a burst occupied every request thread and the fetch waited behind them.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ColdKeySetBurstIT {

  /** The sign-ups one client address may make at the default limit. */
  static final int USERS = 10;

  static final int AT_ONCE = 60;

  @Test
  void aBurstOnAFreshServerIsServedWithoutTheServerFetchingItsOwnKeySet() throws Exception {
    try (FreshDatabase db = FreshDatabase.create("coldkeys");
        ExtraServer server = ExtraServer.start("taskguard-coldkeys", db.requiredServerEnv())) {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
      TaskApi http = new TaskApi(server.baseUrl(), Duration.ofSeconds(60));
      List<AuthApi.Account> users = new AuthApi(http).newAccounts("Cold", USERS);
      List<Callable<HttpResult>> calls = new ArrayList<>();
      for (int i = 0; i < AT_ONCE; i++) {
        AuthApi.Account user = users.get(i % USERS);
        calls.add(() -> http.get(TaskApi.tasks(user.id()), user.jwt()));
      }

      long started = System.nanoTime();
      List<HttpResult> answers = Together.run(calls, 90);
      long millis = (System.nanoTime() - started) / 1_000_000;

      for (HttpResult answer : answers) {
        assertEquals(200, answer.status(), answer::toString);
        assertEquals("[]", answer.body(), answer::toString);
      }
      System.out.printf(
          "[cold-key-set] %d task requests at once on a fresh server: all answered in %d ms%n",
          AT_ONCE, millis);
      assertTrue(millis < 20_000, "the burst took " + millis + " ms");
      Thread.sleep(1500); // the access log is written asynchronously
      assertEquals(0, AccessLog.requestsFor(server.logs(), "/api/auth/jwks"));
    }
  }
}
