package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Twenty sign-ups with one email (in different letter cases) released at the same moment: the
 * database's unique index decides, so exactly one account exists and every other caller gets the
 * duplicate error, never a 500.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSignUpRaceIT {

  static final int CALLERS = 20;

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void concurrentSignUpsWithOneEmailMakeExactlyOneAccount() throws Exception {
    String email = AuthApi.newEmail("race");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    List<Future<HttpResult>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < CALLERS; i++) {
        String variant = i % 2 == 0 ? email.toUpperCase() : " " + email;
        String password = AuthApi.newPassword();
        String name = "Racer " + i;
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return auth.signUp(variant, password, name, AuthApi.newAddress());
                }));
      }
      start.countDown();
      List<HttpResult> won = new ArrayList<>();
      for (Future<HttpResult> future : answers) {
        HttpResult answer = future.get(150, TimeUnit.SECONDS);
        if (answer.status() == 200) {
          won.add(answer);
        } else {
          assertAuthError(
              answer,
              422,
              "User already exists. Use another email.",
              "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
        }
      }

      assertEquals(1, won.size(), "exactly one sign-up succeeds");
      assertEquals(1, db.usersWithEmail(email));
      Map<String, Object> row = db.user(email).orElseThrow();
      String winner = won.get(0).object().getJsonObject("user").getString("id");
      assertEquals(winner, row.get("id"));
      assertEquals(won.get(0).object().getJsonObject("user").getString("name"), row.get("name"));
      assertEquals(1, db.sessionsOf(winner).size());
    } finally {
      pool.shutdownNow();
    }
  }
}
