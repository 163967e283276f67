package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The account settings a deployment may turn from their defaults, on a server of its own (same
 * database): sign-in waiting for a verified email, and a password reset that keeps the sessions.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AccountSettingsIT {

  static ExtraServer server;
  static AuthApi auth;
  static AccountLifecycle lifecycle;

  @BeforeAll
  static void aServerWithTheOtherChoices() {
    Map<String, String> env = ExtraServer.buildServerEnv();
    env.put("TASKGUARD_ACCOUNT_REQUIRE_VERIFIED_EMAIL", "true");
    env.put("TASKGUARD_ACCOUNT_RESET_ENDS_SESSIONS", "false");
    server = ExtraServer.start("taskguard-settings", env);
    server.awaitStatus("/health/ready", 200, Duration.ofSeconds(150));
    auth = new AuthApi(new TaskApi(server.baseUrl()));
    lifecycle = new AccountLifecycle(auth);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** The audit events recorded about {@code userId}, oldest first. */
  private static List<String> auditOf(String userId) {
    return new AuthTables()
        .rows("SELECT event FROM audit_events WHERE user_id = ? ORDER BY id", userId).stream()
            .map(row -> (String) row.get("event"))
            .toList();
  }

  /** Signs up on the server, verifies the address through the mailed link, and signs in. */
  private static Device verifiedAccount(String email, String password) {
    HttpResult up = auth.signUp(email, password, "Verified", AuthApi.newAddress());
    assertEquals(200, up.status(), up::toString);
    lifecycle.verify(AccountLifecycle.verificationToken(email, AuthEmailIT.VERIFY));
    return Device.of(auth.signIn(email, password, AuthApi.newAddress()));
  }

  @Test
  void signUpOpensNoSessionAndSignInWaitsForTheVerifiedEmail() {
    String email = AuthApi.newEmail("waiting");
    String password = AuthApi.newPassword();

    HttpResult up = auth.signUp(email, password, "Waiting", AuthApi.newAddress());

    assertEquals(200, up.status(), up::toString);
    JsonObject body = up.object();
    assertTrue(body.isNull("token"), up::toString);
    assertFalse(body.getJsonObject("user").getBoolean("emailVerified"));
    assertTrue(up.header("set-auth-token").isEmpty() && up.header("set-auth-jwt").isEmpty());
    Mailbox.await(email, 1);

    assertAuthError(
        auth.signIn(email, password, AuthApi.newAddress()),
        403,
        "Email not verified",
        "EMAIL_NOT_VERIFIED");
    Mailbox.await(email, 2);
    List<String> recorded = auditOf(up.object().getJsonObject("user").getString("id"));
    assertTrue(recorded.contains("SIGN_IN_REFUSED"), recorded::toString);
    assertFalse(recorded.contains("SIGN_IN"), "a refused sign-in is no sign-in: " + recorded);
    assertAuthError(
        auth.signIn(email, "not the password at all", AuthApi.newAddress()),
        401,
        "INVALID_EMAIL_OR_PASSWORD");

    assertEquals(
        200,
        lifecycle.verify(AccountLifecycle.verificationToken(email, AuthEmailIT.VERIFY)).status());
    HttpResult in = auth.signIn(email, password, AuthApi.newAddress());
    assertEquals(200, in.status(), in::toString);
    assertTrue(in.object().getJsonObject("user").getBoolean("emailVerified"));
  }

  @Test
  void aResetKeepsTheSessionsWhenSoConfigured() {
    String email = AuthApi.newEmail("keeper");
    String password = AuthApi.newPassword();
    Device device = verifiedAccount(email, password);
    String userId = auth.getSession(device.token()).object().getJsonObject("user").getString("id");

    lifecycle.requestReset(email, AuthApi.newAddress());
    String next = AuthApi.newPassword();
    assertEquals(200, lifecycle.resetPassword(AccountLifecycle.resetToken(email), next).status());

    ExtraServer.sleep(1200);
    assertEquals(200, auth.token(device.token()).status(), "the session continues");
    assertEquals(200, auth.tasks(userId, device.jwt()).status(), "and its JWTs");
    assertEquals(200, auth.signIn(email, next, AuthApi.newAddress()).status());
  }
}
