package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static io.taskguard.testsupport.AuthAssertions.assertUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Changing a password with the current one, and resetting a forgotten one through the mailed link:
 * Better Auth's calls and codes, with its weak spots closed (tokens hashed, single use, retired by
 * newer ones; a reset ends every session; the request answers alike for unknown addresses).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AuthPasswordIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();
  final AccountLifecycle lifecycle = new AccountLifecycle(auth);

  private static String change(String current, String next, Boolean revokeOthers) {
    Map<String, Object> body = new HashMap<>();
    body.put("currentPassword", current);
    body.put("newPassword", next);
    if (revokeOthers != null) {
      body.put("revokeOtherSessions", revokeOthers);
    }
    return AuthApi.json(body);
  }

  @Test
  void changePasswordKeepsSessionsByDefaultAndTheOldPasswordStopsWorking() {
    AuthApi.Account account = auth.newAccount("Changer");
    Device other = Device.signIn(auth, account);
    String next = AuthApi.newPassword();

    HttpResult answer =
        lifecycle.changePassword(account.sessionToken(), change(account.password(), next, null));

    assertEquals(200, answer.status(), answer::toString);
    JsonObject body = answer.object();
    assertTrue(body.isNull("token"), answer::toString);
    assertUser(body.getJsonObject("user"), account.id(), account.email(), "Changer");
    assertTrue(answer.header("set-auth-token").isEmpty());
    assertEquals("no-store", answer.header("Cache-Control").orElse(""));
    assertEquals(200, auth.token(other.token()).status(), "other sessions continue");
    assertAuthError(
        auth.signIn(account.email(), account.password(), AuthApi.newAddress()),
        401,
        "INVALID_EMAIL_OR_PASSWORD");
    assertEquals(200, auth.signIn(account.email(), next, AuthApi.newAddress()).status());
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'PASSWORD_CHANGED'",
                account.id())
            .size());
    Mailbox.latest(account.email(), "Your taskguard password was changed");
  }

  @Test
  void revokeOtherSessionsEndsTheOthersButKeepsTheCallersSession() {
    AuthApi.Account account = auth.newAccount("Revoker");
    Device me = Device.first(account);
    Device other = Device.signIn(auth, account);
    long[] since = new long[1];

    HttpResult answer =
        lifecycle.changePassword(
            me.token(), change(account.password(), AuthApi.newPassword(), true));
    since[0] = System.nanoTime();

    assertEquals(200, answer.status(), answer::toString);
    assertEquals(me.token(), answer.object().getString("token"));
    assertEquals(me.token(), answer.header("set-auth-token").orElse(""));
    RevocationProbe.awaitRefused(
        auth, account.id(), List.of(other.jwt()), Duration.ofSeconds(1), since[0]);
    assertEquals("null", auth.getSession(other.token()).body().strip());
    assertEquals(200, auth.token(me.token()).status(), "the caller stays signed in");
    assertEquals(200, auth.tasks(account.id(), me.jwt()).status());
  }

  @Test
  void changePasswordRefusesBadInputBeforeTheCurrentPasswordAndCountsWrongOnes() {
    AuthApi.Account account = auth.newAccount("Careful");
    String hash = db.user(account.email()).orElseThrow().get("password_hash").toString();

    assertAuthError(
        lifecycle.changePassword(account.sessionToken(), change("wrong password!", "short", null)),
        400,
        "Password too short",
        "PASSWORD_TOO_SHORT");
    assertAuthError(
        lifecycle.changePassword(
            account.sessionToken(), change("wrong password!", "x".repeat(129), null)),
        400,
        "PASSWORD_TOO_LONG");
    assertAuthError(
        lifecycle.changePassword(
            account.sessionToken(), change("wrong password!", AuthApi.newPassword(), null)),
        400,
        "Invalid password",
        "INVALID_PASSWORD");
    assertAuthError(
        lifecycle.changePassword(
            account.sessionToken(), AuthApi.json(Map.of("newPassword", AuthApi.newPassword()))),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        lifecycle.changePassword(
            account.sessionToken(),
            "{\"currentPassword\":\""
                + account.password()
                + "\",\"newPassword\":\"a fine new password\",\"revokeOtherSessions\":\"yes\"}"),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        lifecycle.changePassword(null, change(account.password(), AuthApi.newPassword(), null)),
        401,
        "UNAUTHORIZED");
    assertAuthError(
        lifecycle.changePassword(
            "not-a-session", change(account.password(), AuthApi.newPassword(), null)),
        401,
        "UNAUTHORIZED");

    assertEquals(hash, db.user(account.email()).orElseThrow().get("password_hash").toString());
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'PASSWORD_CONFIRMATION_FAILED'",
                account.id())
            .size());
  }

  @Test
  void aResetLinkSetsANewPasswordOnceAndEndsEverySession() {
    AuthApi.Account account = auth.newAccount("Forgetful");
    Device other = Device.signIn(auth, account);

    HttpResult asked = lifecycle.requestReset(account.email().toUpperCase(), AuthApi.newAddress());
    assertEquals(200, asked.status(), asked::toString);
    assertEquals(
        "{\"status\":true,\"message\":\"If this email exists in our system, check your email for"
            + " the reset link\"}",
        asked.body());
    Mailbox.Mail mail = Mailbox.latest(account.email(), "Reset your taskguard password");
    String link = mail.link("/reset-password/");
    assertTrue(
        link.startsWith(
            System.getProperty("taskguard.test.base-url") + "/api/auth/reset-password/"),
        link);
    assertTrue(link.endsWith("?callbackURL=%2F%3Fview%3Dreset-password"), link);
    assertTrue(mail.html().contains("href=\"" + link.replace("&", "&amp;") + "\""), mail::html);
    String token = AccountLifecycle.resetToken(account.email());
    assertEquals(43, token.length(), token);
    assertEquals(
        0,
        db.rows(
                "SELECT 1 FROM account_tokens WHERE token_hash = ? OR encode(token_hash, 'escape') = ?",
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token)
            .size(),
        "the token is not stored as it is");
    String hashHex = HexFormat.of().formatHex(sha256(token));
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM account_tokens WHERE encode(token_hash, 'hex') = ? AND purpose = 'reset-password' AND used_at IS NULL",
                hashHex)
            .size());

    HttpResult followed =
        auth.get("/api/auth/reset-password/" + token + "?callbackURL=/reset", null);
    assertEquals(302, followed.status(), followed::toString);
    assertEquals(
        System.getProperty("taskguard.test.base-url") + "/reset?token=" + token,
        followed.header("Location").orElse(""));

    String next = AuthApi.newPassword();
    assertAuthError(lifecycle.resetPassword(token, "short"), 400, "PASSWORD_TOO_SHORT");
    long since = System.nanoTime();
    HttpResult reset = lifecycle.resetPassword(token, next);
    assertEquals(200, reset.status(), reset::toString);
    assertEquals(
        "{\"status\":true,\"email\":\"" + account.email() + "\"}",
        reset.body(),
        "the address the used link was mailed to, for the sign-in form");
    RevocationProbe.awaitRefused(
        auth, account.id(), List.of(account.jwt(), other.jwt()), Duration.ofSeconds(1), since);
    assertEquals("null", auth.getSession(account.sessionToken()).body().strip());
    assertEquals(200, auth.signIn(account.email(), next, AuthApi.newAddress()).status());
    assertAuthError(
        auth.signIn(account.email(), account.password(), AuthApi.newAddress()),
        401,
        "INVALID_EMAIL_OR_PASSWORD");

    assertAuthError(
        lifecycle.resetPassword(token, AuthApi.newPassword()),
        400,
        "Invalid token",
        "INVALID_TOKEN");
    HttpResult usedLink =
        auth.get("/api/auth/reset-password/" + token + "?callbackURL=/reset", null);
    assertEquals(
        System.getProperty("taskguard.test.base-url") + "/reset?error=INVALID_TOKEN",
        usedLink.header("Location").orElse(""));
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'PASSWORD_RESET'",
                account.id())
            .size());
    Mailbox.latest(account.email(), "Your taskguard password was changed");
  }

  @Test
  void aNewerResetLinkRetiresTheOlderOneAndExpiredOnesAreRefused() {
    AuthApi.Account account = auth.newAccount("Twice");
    lifecycle.requestReset(account.email(), AuthApi.newAddress());
    String first = AccountLifecycle.resetToken(account.email());
    lifecycle.requestReset(account.email(), AuthApi.newAddress());
    Mailbox.await(account.email(), 3); // verification at sign-up, two reset mails
    String second = AccountLifecycle.resetToken(account.email());
    assertNotEquals(first, second);

    assertAuthError(lifecycle.resetPassword(first, AuthApi.newPassword()), 400, "INVALID_TOKEN");
    db.update(
        "UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE encode(token_hash, 'hex') = ?",
        HexFormat.of().formatHex(sha256(second)));
    assertAuthError(lifecycle.resetPassword(second, AuthApi.newPassword()), 400, "INVALID_TOKEN");
    assertAuthError(
        lifecycle.resetPassword("garbage", AuthApi.newPassword()), 400, "INVALID_TOKEN");
    assertAuthError(
        auth.post(
            "/api/auth/reset-password",
            null,
            AuthApi.json(Map.of("newPassword", AuthApi.newPassword())),
            null),
        400,
        "INVALID_TOKEN");
    assertEquals(
        200, auth.signIn(account.email(), account.password(), AuthApi.newAddress()).status());
  }

  @Test
  void theTokenMayComeInTheQueryAndOnlyOneOfEightParallelResetsWins() throws Exception {
    AuthApi.Account account = auth.newAccount("Racer");
    lifecycle.requestReset(account.email(), AuthApi.newAddress());
    String token = AccountLifecycle.resetToken(account.email());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<HttpResult>> resets = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        resets.add(
            () ->
                auth.post(
                    "/api/auth/reset-password?token=" + token,
                    null,
                    AuthApi.json(Map.of("newPassword", AuthApi.newPassword())),
                    AuthApi.newAddress()));
      }
      int ok = 0;
      for (Future<HttpResult> answer : pool.invokeAll(resets)) {
        HttpResult result = answer.get();
        if (result.status() == 200) {
          ok++;
        } else {
          assertAuthError(result, 400, "INVALID_TOKEN");
        }
      }
      assertEquals(1, ok);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aResetRequestAnswersAlikeForUnknownAddressesAndMailsNothing() {
    String unknown = AuthApi.newEmail("nobody");
    long started = System.nanoTime();
    HttpResult answer = lifecycle.requestReset(unknown, AuthApi.newAddress());
    long took = System.nanoTime() - started;

    assertEquals(200, answer.status());
    assertEquals(
        "{\"status\":true,\"message\":\"If this email exists in our system, check your email for"
            + " the reset link\"}",
        answer.body());
    assertTrue(took >= Duration.ofMillis(300).toNanos(), "answers take the floor's time");
    Mailbox.assertStaysAt(unknown, 0, Duration.ofSeconds(1));
    assertAuthError(
        lifecycle.requestReset("not an email", AuthApi.newAddress()), 400, "INVALID_EMAIL");
    assertAuthError(
        auth.post(
            "/api/auth/request-password-reset",
            null,
            AuthApi.json(Map.of("email", unknown, "redirectTo", "https://evil.example/reset")),
            AuthApi.newAddress()),
        403,
        "Invalid redirectURL",
        "INVALID_REDIRECT_URL");
    HttpResult untrusted =
        auth.get("/api/auth/reset-password/anything?callbackURL=https://evil.example/", null);
    assertAuthError(untrusted, 403, "Invalid callbackURL", "INVALID_CALLBACK_URL");
    HttpResult check = auth.get("/api/auth/reset-password/anything", null);
    assertEquals("{\"status\":false}", check.body(), check::toString);
    assertEquals(404, auth.post("/api/auth/forget-password", null, "{}", null).status());
  }

  @Test
  void mailsPerAccountAndRequestsPerAddressAreLimited() {
    AuthApi.Account account = auth.newAccount("Flooded");
    String address = AuthApi.newAddress();
    for (int i = 0; i < 7; i++) {
      assertEquals(200, lifecycle.requestReset(account.email(), address).status());
    }
    // the sign-up's verification mail and four resets: five mails per account an hour
    Mailbox.assertStaysAt(account.email(), 5, Duration.ofSeconds(2));

    for (int i = 7; i < 20; i++) {
      assertEquals(200, lifecycle.requestReset(AuthApi.newEmail("x"), address).status());
    }
    HttpResult limited = lifecycle.requestReset(AuthApi.newEmail("x"), address);
    assertAuthError(limited, 429, "TOO_MANY_REQUESTS");
    assertTrue(limited.header("Retry-After").isPresent());
  }

  static byte[] sha256(String token) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
