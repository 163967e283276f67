package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Back-off after failed sign-ins, as the test server is configured: 5 failures per account and 20
 * per address before a first back-off of 3 s. Each test signs in from addresses of its own. The
 * counters are rows of {@code auth_throttle}, so they are checked there too.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthThrottleIT {

  static final String ACCOUNT = "signin-account";
  static final String ADDRESS = "signin-ip";

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @Test
  void fiveFailuresBackOffTheirAddressButTheOwnerGetsInFromAnotherOne() {
    AuthApi.Account owner = auth.newAccount("Besieged");
    String attacker = AuthApi.newAddress();
    failFiveTimes(owner, attacker);

    HttpResult refused = auth.signIn(owner.email(), owner.password(), attacker);
    int retryAfter = assertThrottled(refused);
    assertTrue(retryAfter >= 1 && retryAfter <= 3, () -> "Retry-After " + retryAfter);
    assertThrottled(auth.signIn(owner.email(), "another guess", attacker));
    assertEquals(5, failures(ACCOUNT, owner.email()), "a refused attempt is not counted");

    HttpResult ownerIn = auth.signIn(owner.email(), owner.password(), AuthApi.newAddress());

    assertEquals(200, ownerIn.status(), "no lock-out: " + ownerIn);
    assertTrue(db.throttle(ACCOUNT, owner.email()).isEmpty(), "a success clears the account");
  }

  @Test
  void theBackOffEndsAndThenTheRightPasswordGetsIn() throws InterruptedException {
    AuthApi.Account owner = auth.newAccount("Patient");
    String address = AuthApi.newAddress();
    failFiveTimes(owner, address);
    int retryAfter = assertThrottled(auth.signIn(owner.email(), owner.password(), address));
    Instant blockedUntil =
        (Instant) db.throttle(ACCOUNT, owner.email()).orElseThrow().get("blocked_until");
    assertTrue(retryAfter <= 3, "the test server's first back-off is 3 s");

    long waitMillis = Math.max(0, blockedUntil.toEpochMilli() - System.currentTimeMillis()) + 300;
    Thread.sleep(Math.min(waitMillis, 5_000));
    HttpResult afterwards = auth.signIn(owner.email(), owner.password(), address);

    assertEquals(200, afterwards.status(), afterwards::toString);
    assertEquals(owner.id(), afterwards.object().getJsonObject("user").getString("id"));
    assertTrue(db.throttle(ACCOUNT, owner.email()).isEmpty());
    assertEquals(5, failures(ADDRESS, address), "the address keeps its own record");
  }

  @Test
  void twentyFailuresFromOneAddressBackItOffForEveryAccount() {
    AuthApi.Account bystander = auth.newAccount("Bystander");
    String sprayer = AuthApi.newAddress();
    for (int i = 0; i < 20; i++) {
      HttpResult failed =
          auth.signIn(AuthApi.newEmail("spray" + i), "Spray-password-" + i, sprayer);
      assertAuthError(failed, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
    }

    assertThrottled(auth.signIn(bystander.email(), bystander.password(), sprayer));

    Map<String, Object> row = db.throttle(ADDRESS, sprayer).orElseThrow();
    assertEquals(20, row.get("failures"));
    assertNotNull(row.get("blocked_until"));
    HttpResult elsewhere =
        auth.signIn(bystander.email(), bystander.password(), AuthApi.newAddress());
    assertEquals(200, elsewhere.status(), elsewhere::toString);
  }

  private void failFiveTimes(AuthApi.Account owner, String address) {
    for (int i = 1; i <= 5; i++) {
      HttpResult failed = auth.signIn(owner.email(), "wrong password " + i, address);
      assertAuthError(failed, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
    }
    Map<String, Object> account = db.throttle(ACCOUNT, owner.email()).orElseThrow();
    assertEquals(5, account.get("failures"));
    assertTrue(((Instant) account.get("blocked_until")).isAfter(Instant.now().minusSeconds(1)));
    Map<String, Object> byAddress = db.throttle(ADDRESS, address).orElseThrow();
    assertEquals(5, byAddress.get("failures"));
    assertNull(byAddress.get("blocked_until"), "20 failures per address before its back-off");
  }

  private int failures(String scope, String subject) {
    return (Integer) db.throttle(scope, subject).orElseThrow().get("failures");
  }

  /** A 429 as the contract has it; returns its {@code Retry-After} in seconds. */
  static int assertThrottled(HttpResult answer) {
    assertAuthError(answer, 429, "TOO_MANY_REQUESTS");
    String retryAfter = answer.header("Retry-After").orElseThrow(() -> new AssertionError(answer));
    assertEquals(retryAfter, answer.header("X-Retry-After").orElse(null));
    int seconds = Integer.parseInt(retryAfter);
    assertTrue(seconds >= 1, retryAfter);
    return seconds;
  }
}
