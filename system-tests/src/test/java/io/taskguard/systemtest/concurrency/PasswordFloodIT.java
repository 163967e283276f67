package io.taskguard.systemtest.concurrency;

import static io.taskguard.testsupport.TaskApi.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.systemtest.ops.Scrape;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthApi.Account;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three times as many password checks at once as the server has database connections (the default
 * pool of 20), beside task lists of other users: sign-ins, and password changes (which check the
 * current password and hash the new one). Password hashing runs a few at a time, so most of them
 * wait for their hash; a request that held a connection while it waited would keep every connection
 * of the pool held by waiters for as long as the flood lasts. Liberty's pool metrics tell how long
 * connections were in use: divided by the flood's duration, that is how many were held on average,
 * which must stay well below the pool's size.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PasswordFloodIT {

  static final int SIGN_INS = 60;
  static final int CHANGES = 60;
  static final int LISTS = 20;
  static final String POOL = "datasource=\"jdbc_taskguard\"";
  static final String IN_USE = "connectionpool_inUseTime_total_seconds";

  static final AuthApi auth =
      new AuthApi(
          new TaskApi(
              System.getProperty("taskguard.test.base-url", "http://localhost:9080"),
              Duration.ofSeconds(60)));

  static final OperatorApi operator = new OperatorApi(auth.http());
  static final AuthTables db = new AuthTables();
  static final List<Account> signingIn = new ArrayList<>();
  static final List<Account> changing = new ArrayList<>();
  static final List<Account> listing = new ArrayList<>();

  @BeforeAll
  static void accounts() {
    for (int i = 0; i < SIGN_INS; i++) {
      signingIn.add(auth.newAccount("flood" + i));
    }
    for (int i = 0; i < CHANGES; i++) {
      changing.add(auth.newAccount("changer" + i));
    }
    for (int i = 0; i < LISTS; i++) {
      listing.add(auth.newAccount("lister" + i));
    }
  }

  @Test
  void signInsWaitingForTheirHashHoldNoConnection() throws Exception {
    List<Callable<HttpResult>> calls = new ArrayList<>();
    for (Account account : signingIn) {
      calls.add(() -> auth.signIn(account.email(), account.password(), account.address()));
    }
    List<HttpResult> answers = floodBesideLists(calls);

    for (int i = 0; i < SIGN_INS; i++) {
      HttpResult answer = answers.get(i);
      assertEquals(200, answer.status(), answer::toString);
      assertTrue(answer.object().getString("token").length() > 20, answer::toString);
      assertEquals(
          2L,
          db.rows("SELECT count(*) AS n FROM sessions WHERE user_id = ?", signingIn.get(i).id())
              .get(0)
              .get("n"),
          "sign-up's session and the sign-in's");
    }
  }

  @Test
  void passwordChangesWaitingForTheirHashesHoldNoConnection() throws Exception {
    List<Object> hashesBefore = new ArrayList<>();
    List<String> newPasswords = new ArrayList<>();
    List<Callable<HttpResult>> calls = new ArrayList<>();
    for (Account account : changing) {
      hashesBefore.add(passwordHash(account));
      String next = AuthApi.newPassword();
      newPasswords.add(next);
      String change =
          AuthApi.json(
              Map.of(
                  "currentPassword",
                  account.password(),
                  "newPassword",
                  next,
                  "revokeOtherSessions",
                  false));
      calls.add(
          () ->
              auth.post(
                  "/api/auth/change-password", account.sessionToken(), change, account.address()));
    }
    List<HttpResult> answers = floodBesideLists(calls);

    for (int i = 0; i < CHANGES; i++) {
      HttpResult answer = answers.get(i);
      Account account = changing.get(i);
      assertEquals(200, answer.status(), answer::toString);
      assertTrue(answer.object().isNull("token"), answer::toString);
      assertEquals(account.id(), answer.object().getJsonObject("user").getString("id"));
      assertNotEquals(hashesBefore.get(i), passwordHash(account), "the new password is stored");
    }
    Account first = changing.get(0);
    assertEquals(
        200, auth.signIn(first.email(), newPasswords.get(0), AuthApi.newAddress()).status());
    assertEquals(401, auth.signIn(first.email(), first.password(), AuthApi.newAddress()).status());
  }

  /**
   * Sends {@code calls} and a task list of each listing account at once; asserts every list's
   * answer and that the pool held fewer than 5 connections on average meanwhile, and returns the
   * answers to {@code calls}.
   */
  private static List<HttpResult> floodBesideLists(List<Callable<HttpResult>> flood)
      throws Exception {
    List<Callable<HttpResult>> calls = new ArrayList<>(flood);
    for (Account account : listing) {
      calls.add(() -> auth.http().get(tasks(account.id()), account.jwt()));
    }
    Scrape before = scrape();
    assertTrue(before.hasSeriesStartingWith(IN_USE, POOL), "no in-use time for the pool");

    long started = System.nanoTime();
    List<HttpResult> answers = Together.run(calls, 120);
    double seconds = (System.nanoTime() - started) / 1e9;
    double inUse = scrape().value(IN_USE, POOL) - before.value(IN_USE, POOL);

    for (int i = flood.size(); i < answers.size(); i++) {
      HttpResult answer = answers.get(i);
      assertEquals(200, answer.status(), answer::toString);
      assertEquals("[]", answer.body(), answer::toString);
    }
    double held = inUse / seconds;
    System.out.printf(
        "%d password requests and %d lists in %.2f s; connections in use %.2f s, %.2f held on"
            + " average%n",
        flood.size(), LISTS, seconds, inUse, held);
    assertTrue(
        held < 5,
        () ->
            "on average "
                + held
                + " of the pool's 20 connections were held during the flood ("
                + inUse
                + " s in use over "
                + seconds
                + " s)");
    return answers.subList(0, flood.size());
  }

  private static Object passwordHash(Account account) {
    return db.rows("SELECT password_hash FROM users WHERE id = ?", account.id())
        .get(0)
        .get("password_hash");
  }

  private static Scrape scrape() {
    HttpResult answer = operator.scrape("?scope=vendor", null);
    assertEquals(200, answer.status(), answer::body);
    return Scrape.of(answer.body());
  }
}
