package io.taskguard.systemtest.concurrency;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 200 sign-ups released at once, half of them repeating an email another is signing up with at the
 * same moment (80 emails sent twice, 10 sent four times; letter case varied). The database's unique
 * index decides: exactly one account per email, every request answered (200 for the winner, 422 for
 * the others), and each winner's session and JWT work. A 429 from the hashing gate (spec D-7: a
 * caller that waited 10 s for one of the bounded argon2id slots) is answered with {@code
 * Retry-After}; the caller retries as a client would, and the count is reported.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SignUpStormIT {

  static final int TWICE = 80;
  static final int FOUR_TIMES = 10;

  /**
   * Every request must be answered, but 200 argon2id hashes on a small, busy CI machine take a
   * while: the client waits up to two minutes for each answer.
   */
  final AuthApi auth =
      new AuthApi(
          new TaskApi(
              System.getProperty("taskguard.test.base-url", "http://localhost:9080"),
              Duration.ofMinutes(2)));

  final AuthTables db = new AuthTables();

  @Test
  void concurrentSignUpsMakeExactlyOneAccountPerEmail() throws Exception {
    List<String> emails = new ArrayList<>();
    List<Callable<HttpResult>> calls = new ArrayList<>();
    AtomicInteger throttled = new AtomicInteger();
    AtomicLong slowest = new AtomicLong();
    for (int e = 0; e < TWICE + FOUR_TIMES; e++) {
      String email = AuthApi.newEmail("storm" + e);
      emails.add(email);
      int copies = e < TWICE ? 2 : 4;
      for (int c = 0; c < copies; c++) {
        String variant = c % 2 == 0 ? email : email.toUpperCase();
        String password = AuthApi.newPassword();
        String address = AuthApi.newAddress();
        calls.add(
            () -> {
              long start = System.nanoTime();
              HttpResult answer = signUpRetryingOn429(variant, password, address, throttled);
              slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
              return answer;
            });
      }
    }
    assertEquals(200, calls.size());

    long started = System.nanoTime();
    List<HttpResult> answers = Together.run(calls, 270);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    Map<String, JsonObject> winners = new HashMap<>();
    for (HttpResult answer : answers) {
      if (answer.status() == 200) {
        JsonObject user = answer.object().getJsonObject("user");
        JsonObject earlier = winners.put(user.getString("email"), answer.object());
        assertEquals(null, earlier, () -> "two sign-ups won for " + user);
      } else {
        assertAuthError(
            answer,
            422,
            "User already exists. Use another email.",
            "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
      }
    }
    assertEquals(emails.size(), winners.size(), "one winner per email");
    for (String email : emails) {
      assertEquals(1, db.usersWithEmail(email), email);
      JsonObject won = winners.get(email);
      String id = won.getJsonObject("user").getString("id");
      assertEquals(id, db.user(email).orElseThrow().get("id"));
      assertEquals(1, db.sessionsOf(id).size(), "one session for " + email);
      HttpResult session = auth.getSession(won.getString("token"));
      assertEquals(200, session.status(), session::toString);
      assertEquals(id, session.object().getJsonObject("user").getString("id"));
      String jwt = session.header("set-auth-jwt").orElseThrow();
      assertEquals(200, auth.tasks(id, jwt).status(), "the winner's JWT works");
    }
    System.out.printf(
        "SignUpStormIT: 200 sign-ups for %d emails in %d ms (slowest %d ms), %d answered 429"
            + " and retried%n",
        emails.size(), millis, TimeUnit.NANOSECONDS.toMillis(slowest.get()), throttled.get());
  }

  private HttpResult signUpRetryingOn429(
      String email, String password, String address, AtomicInteger throttled)
      throws InterruptedException {
    while (true) {
      HttpResult answer = auth.signUp(email, password, "Storm", address);
      if (answer.status() != 429) {
        return answer;
      }
      assertAuthError(answer, 429, "TOO_MANY_REQUESTS");
      long seconds = Long.parseLong(answer.header("Retry-After").orElseThrow());
      assertTrue(seconds >= 1 && seconds <= 5, answer::toString);
      throttled.incrementAndGet();
      Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
    }
  }
}
