package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.FreshDatabase;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import io.taskguard.testsupport.Schema;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two servers started at the same moment on a new, empty database, as a fresh deployment of two
 * replicas would be: both become ready, each migration is applied once and the schema is the same
 * as one server alone makes; and a key rotated on one ("rotate now", docs/operations.md) is the key
 * both sign with and both accept.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TwoServersFreshDatabaseIT {

  static FreshDatabase db;
  static ExtraServer a;
  static ExtraServer b;
  static AuthApi onA;
  static AuthApi onB;

  @BeforeAll
  static void twoServersStartedTogetherOnAnEmptyDatabase() {
    db = FreshDatabase.create("two");
    CyclicBarrier together = new CyclicBarrier(2);
    CompletableFuture<ExtraServer> first = startAt(together, "taskguard-a");
    CompletableFuture<ExtraServer> second = startAt(together, "taskguard-b");
    a = first.join();
    b = second.join();
    a.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
    b.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
    onA = new AuthApi(new TaskApi(a.baseUrl()));
    onB = new AuthApi(new TaskApi(b.baseUrl()));
  }

  private static CompletableFuture<ExtraServer> startAt(CyclicBarrier barrier, String name) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            barrier.await(30, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return ExtraServer.start(name, db.serverEnv());
        });
  }

  @AfterAll
  static void stopBoth() {
    try (FreshDatabase dropped = db;
        ExtraServer first = a;
        ExtraServer second = b) {
      // closed in reverse order: the servers, then their database
    }
  }

  @Test
  void eachMigrationIsAppliedOnceAndTheSchemaIsWhole() {
    List<Map<String, Object>> history =
        db.tables()
            .rows(
                "SELECT version, count(*) AS applied, bool_and(success) AS succeeded"
                    + " FROM flyway_schema_history WHERE version IS NOT NULL"
                    + " GROUP BY version ORDER BY version::int");
    List<String> versions = history.stream().map(row -> (String) row.get("version")).toList();

    assertEquals(Schema.migrationVersions(), versions);
    for (Map<String, Object> row : history) {
      assertEquals(1L, ((Number) row.get("applied")).longValue(), row::toString);
      assertEquals(true, row.get("succeeded"), row::toString);
    }
    assertEquals(
        Schema.of(new AuthTables()), Schema.of(db.tables()), "as one server alone makes it");
    assertTrue(
        Schema.of(db.tables())
            .containsAll(List.of("table tasks", "table users", "table sessions")));
  }

  @Test
  void aJwtFromOneServerWorksOnTheOther() {
    AuthApi.Account account = onA.newAccount("OnA");

    HttpResult created =
        onB.http().post(TaskApi.tasks(account.id()), account.jwt(), "{\"title\":\"made on B\"}");

    assertEquals(201, created.status(), created::toString);
    HttpResult listed = onA.tasks(account.id(), account.jwt());
    assertEquals("made on B", listed.array().getJsonObject(0).getString("title"));
  }

  @Test
  void aKeyRotatedOnOneServerIsTheKeyBothSignWithAndAccept() {
    AuthApi.Account account = onA.newAccount("Rotating");
    String oldKid = kid(account.jwt());
    assertEquals(200, onB.tasks(account.id(), account.jwt()).status());

    db.tables().update("UPDATE signing_keys SET signs_until = now() WHERE signs_until > now()");
    String rotated = awaitTokenWithNewKid(onA, account.sessionToken(), oldKid);
    String newKid = kid(rotated);
    long issued = System.nanoTime();
    Duration acceptedAfter = awaitAccepted(onB, account.id(), rotated, Duration.ofSeconds(5));
    String fromB = awaitTokenWithNewKid(onB, account.sessionToken(), oldKid);
    Duration bSigns = Duration.ofNanos(System.nanoTime() - issued);
    System.out.printf(
        "[two servers] a token of A's new key accepted on B %d ms after A issued it; B signs with"
            + " the new key %d ms after it%n",
        acceptedAfter.toMillis(), bSigns.toMillis());

    assertTrue(acceptedAfter.compareTo(Duration.ofSeconds(2)) <= 0, "took " + acceptedAfter);
    assertEquals(newKid, kid(fromB), "both servers sign with the one new key");
    String jwksOnB = onB.get("/api/auth/jwks", null).body();
    assertTrue(jwksOnB.contains("\"" + newKid + "\""), jwksOnB);
    assertTrue(jwksOnB.contains("\"" + oldKid + "\""), "the old key stays published");
    assertEquals(
        onA.get("/api/auth/jwks", null).object(), onB.get("/api/auth/jwks", null).object());
    assertEquals(200, onB.tasks(account.id(), account.jwt()).status(), "old tokens stay valid");
    assertEquals(2, db.tables().rows("SELECT kid FROM signing_keys").size(), "one successor");
    assertNotEquals(oldKid, newKid);
  }

  /** Asks {@code api} for tokens until one is signed by a key other than {@code oldKid}. */
  private static String awaitTokenWithNewKid(AuthApi api, String sessionToken, String oldKid) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      HttpResult answer = api.token(sessionToken);
      assertEquals(200, answer.status(), answer::toString);
      String jwt = answer.object().getString("token");
      if (!kid(jwt).equals(oldKid)) {
        return jwt;
      }
      assertFalse(System.nanoTime() > deadline, "still signing with the old key after 10 s");
      sleep(50);
    }
  }

  private static Duration awaitAccepted(AuthApi api, String userId, String jwt, Duration limit) {
    long start = System.nanoTime();
    while (true) {
      HttpResult answer = api.tasks(userId, jwt);
      if (answer.status() == 200) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      assertEquals(401, answer.status(), answer::toString);
      assertTrue(System.nanoTime() - start < limit.toNanos(), "not accepted within " + limit);
      sleep(20);
    }
  }

  private static String kid(String jwt) {
    return Jwts.header(jwt).getString("kid");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
