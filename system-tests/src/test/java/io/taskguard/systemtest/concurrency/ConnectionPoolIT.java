package io.taskguard.systemtest.concurrency;

import static io.taskguard.testsupport.TaskApi.tasks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthApi.Account;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three times as many requests at once as the server has database connections (the pool's default
 * of 20, as the server users start has it), each of them needing the database for a read and then
 * for a write: every one is answered as it would be alone. A request holds at most one connection
 * at a time, so each waits only for connections other requests are about to give back; a request
 * that held its read's connection while it waited for its write's would leave every connection held
 * by waiters once 20 such requests arrive together, and all of them would wait out the pool's 5 s
 * and be answered 503.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ConnectionPoolIT {

  static final int AT_ONCE = 60;

  static final AuthApi auth =
      new AuthApi(
          new TaskApi(
              System.getProperty("taskguard.test.base-url", "http://localhost:9080"),
              Duration.ofSeconds(60)));

  static final AuthTables db = new AuthTables();
  static final List<Account> accounts = new ArrayList<>();

  @BeforeAll
  static void accounts() {
    for (int i = 0; i < AT_ONCE; i++) {
      accounts.add(auth.newAccount("pool" + i));
    }
  }

  /**
   * Each JWT request reads its session and, since its last use was recorded more than a minute ago,
   * records this one: a read, then a write.
   */
  @Test
  void sessionsWhoseUseIsRecordedAllGetTheirJwtAtOnce() throws Exception {
    for (Account account : accounts) {
      db.update(
          "UPDATE sessions SET updated_at = now() - interval '2 minutes' WHERE user_id = ?",
          account.id());
    }
    List<Callable<HttpResult>> calls = new ArrayList<>();
    for (Account account : accounts) {
      calls.add(() -> auth.token(account.sessionToken()));
    }

    List<HttpResult> answers = Together.run(calls, 60);

    for (HttpResult answer : answers) {
      assertEquals(200, answer.status(), answer::toString);
      assertTrue(answer.object().getString("token").startsWith("ey"), answer::toString);
    }
    for (Account account : accounts) {
      assertEquals(
          0L,
          db.rows(
                  "SELECT count(*) AS stale FROM sessions WHERE user_id = ?"
                      + " AND updated_at < now() - interval '1 minute'",
                  account.id())
              .get(0)
              .get("stale"),
          "the use was recorded for " + account.id());
    }
  }

  /**
   * Each create reads the JWT's session (none is remembered yet) and then writes the task in a
   * transaction of its own.
   */
  @Test
  void asManyUsersCreatingATaskAtOnceAreAllServed() throws Exception {
    List<Callable<HttpResult>> calls = new ArrayList<>();
    for (Account account : accounts) {
      calls.add(
          () -> auth.http().post(tasks(account.id()), account.jwt(), "{\"title\":\"at once\"}"));
    }

    List<HttpResult> answers = Together.run(calls, 60);

    for (HttpResult answer : answers) {
      assertEquals(201, answer.status(), answer::toString);
      assertEquals("at once", answer.object().getString("title"), answer::toString);
    }
    for (Account account : accounts) {
      assertEquals(
          1L,
          db.rows("SELECT count(*) AS n FROM tasks WHERE user_id = ?", account.id())
              .get(0)
              .get("n"),
          "one task stored for " + account.id());
    }
  }
}
