package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proving an address and moving an account to a new one: the sign-up mails a verification link;
 * verify-email answers JSON or redirects; a change of email is verified at the new address and told
 * to the old one. Tokens are single use and hashed.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AuthEmailIT {

  static final String VERIFY = "Verify your taskguard email";
  static final String CONFIRM_NEW = "Confirm your new taskguard email";

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();
  final AccountLifecycle lifecycle = new AccountLifecycle(auth);

  private boolean verified(String email) {
    return (Boolean) db.user(email).orElseThrow().get("email_verified");
  }

  @Test
  void theSignUpMailVerifiesTheAddressOnce() {
    AuthApi.Account account = auth.newAccount("Newcomer");
    Mailbox.Mail mail = Mailbox.latest(account.email(), VERIFY);
    String link = mail.link("/verify-email?");
    assertTrue(link.endsWith("&callbackURL=%2F%3Fview%3Demail-verified"), link);
    assertTrue(mail.messageId().matches("<outbox-\\d+@localhost>"), mail::messageId);
    assertTrue(mail.html().startsWith("<!DOCTYPE html>"), mail::html);
    String token = AccountLifecycle.parameter(link, "token");
    assertFalse(verified(account.email()));

    HttpResult answer = lifecycle.verify(token);

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("{\"status\":true,\"user\":null}", answer.body());
    assertTrue(verified(account.email()));
    HttpResult session = auth.getSession(account.sessionToken());
    assertTrue(session.object().getJsonObject("user").getBoolean("emailVerified"));
    assertAuthError(lifecycle.verify(token), 401, "Invalid token", "INVALID_TOKEN");
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'EMAIL_VERIFIED'",
                account.id())
            .size());
  }

  @Test
  void withACallbackTheLinkRedirectsThereWithTheOutcome() {
    AuthApi.Account account = auth.newAccount("Redirected");
    String token = AccountLifecycle.verificationToken(account.email(), VERIFY);

    HttpResult ok = auth.get("/api/auth/verify-email?token=" + token + "&callbackURL=/done", null);
    HttpResult again =
        auth.get("/api/auth/verify-email?token=" + token + "&callbackURL=/done%3Fa%3D1", null);
    HttpResult untrusted =
        auth.get(
            "/api/auth/verify-email?token=" + token + "&callbackURL=https://evil.example/", null);

    assertEquals(302, ok.status(), ok::toString);
    assertEquals("/done", ok.header("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    assertEquals(
        "/done?a=1&error=INVALID_TOKEN",
        again.header("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    assertAuthError(untrusted, 403, "INVALID_CALLBACK_URL");
    assertAuthError(auth.get("/api/auth/verify-email", null), 400, "VALIDATION_ERROR");
    assertAuthError(lifecycle.verify("garbage"), 401, "INVALID_TOKEN");
  }

  @Test
  void anExpiredLinkIsRefusedAsExpired() {
    AuthApi.Account account = auth.newAccount("Late");
    String token = AccountLifecycle.verificationToken(account.email(), VERIFY);
    db.update(
        "UPDATE account_tokens SET expires_at = now() - interval '1 second'"
            + " WHERE encode(token_hash, 'hex') = ?",
        HexFormat.of().formatHex(AuthPasswordIT.sha256(token)));

    assertAuthError(lifecycle.verify(token), 401, "Token expired", "TOKEN_EXPIRED");
    assertFalse(verified(account.email()));
  }

  @Test
  void sendVerificationEmailChecksTheSessionsAddressAndSaysNothingToOthers() {
    AuthApi.Account account = auth.newAccount("Asker");
    Mailbox.await(account.email(), 1);

    assertAuthError(
        lifecycle.sendVerification(
            account.sessionToken(), AuthApi.newEmail("other"), AuthApi.newAddress()),
        400,
        "Email mismatch",
        "EMAIL_MISMATCH");
    HttpResult own =
        lifecycle.sendVerification(account.sessionToken(), account.email(), AuthApi.newAddress());
    assertEquals("{\"status\":true,\"mailed\":true}", own.body(), own::toString);
    Mailbox.await(account.email(), 2);

    String unknown = AuthApi.newEmail("unknown");
    long started = System.nanoTime();
    HttpResult anonymous = lifecycle.sendVerification(null, unknown, AuthApi.newAddress());
    assertEquals("{\"status\":true}", anonymous.body());
    assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos());
    Mailbox.assertStaysAt(unknown, 0, Duration.ofSeconds(1));

    lifecycle.verify(AccountLifecycle.verificationToken(account.email(), VERIFY));
    assertAuthError(
        lifecycle.sendVerification(account.sessionToken(), account.email(), AuthApi.newAddress()),
        400,
        "Email is already verified",
        "EMAIL_ALREADY_VERIFIED");
    HttpResult anonymousVerified =
        lifecycle.sendVerification(null, account.email(), AuthApi.newAddress());
    assertEquals("{\"status\":true}", anonymousVerified.body());
    Mailbox.assertStaysAt(account.email(), 2, Duration.ofSeconds(1));
  }

  @Test
  void theAccountsOwnSessionLearnsWhenItsMailLimitHeldTheLinkBack() {
    AuthApi.Account account = auth.newAccount("Impatient");
    Mailbox.await(account.email(), 1);
    for (int mail = 2; mail <= 5; mail++) {
      HttpResult sent =
          lifecycle.sendVerification(account.sessionToken(), account.email(), AuthApi.newAddress());
      assertEquals("{\"status\":true,\"mailed\":true}", sent.body(), sent::toString);
    }

    HttpResult heldBack =
        lifecycle.sendVerification(account.sessionToken(), account.email(), AuthApi.newAddress());

    assertEquals(200, heldBack.status(), heldBack::toString);
    assertTrue(heldBack.object().getBoolean("status"));
    assertFalse(heldBack.object().getBoolean("mailed"), heldBack::toString);
    int wait = heldBack.object().getInt("retryAfter");
    assertTrue(wait > 3590 && wait <= 3600, "the account waits out the hour: " + wait);
    HttpResult anonymous = lifecycle.sendVerification(null, account.email(), AuthApi.newAddress());
    assertEquals("{\"status\":true}", anonymous.body(), "anyone else learns nothing");
    Mailbox.assertStaysAt(account.email(), 5, Duration.ofSeconds(1));
    assertEquals(
        5L,
        db.rows("SELECT count(*) AS n FROM mail_outbox WHERE recipient = ?", account.email())
            .get(0)
            .get("n"));
  }

  @Test
  void thePendingEmailChangeIsShownToItsAccountAndCanBeWithdrawn() {
    AuthApi.Account account = auth.newAccount("Waiter");
    AuthApi.Account stranger = auth.newAccount("Stranger");
    assertEquals(
        "{\"pending\":null}", auth.get("/api/auth/email-change", account.sessionToken()).body());
    assertEquals(401, auth.get("/api/auth/email-change", null).status());
    String moved = AuthApi.newEmail("waiting");

    lifecycle.changeEmail(account.sessionToken(), moved);

    HttpResult shown = auth.get("/api/auth/email-change", account.sessionToken());
    assertEquals(200, shown.status(), shown::toString);
    jakarta.json.JsonObject pending = shown.object().getJsonObject("pending");
    assertEquals(moved, pending.getString("newEmail"));
    java.time.Instant requested = java.time.Instant.parse(pending.getString("requestedAt"));
    assertTrue(Duration.between(requested, java.time.Instant.now()).abs().getSeconds() < 60);
    assertEquals(
        requested.plus(Duration.ofDays(1)),
        java.time.Instant.parse(pending.getString("expiresAt")));
    assertEquals(
        "{\"pending\":null}",
        auth.get("/api/auth/email-change", stranger.sessionToken()).body(),
        "another account sees nothing of it");

    HttpResult cancelled =
        auth.post(
            "/api/auth/email-change/cancel", account.sessionToken(), "{}", AuthApi.newAddress());
    assertEquals("{\"status\":true,\"cancelled\":true}", cancelled.body(), cancelled::toString);
    assertEquals(
        "{\"pending\":null}", auth.get("/api/auth/email-change", account.sessionToken()).body());
    assertAuthError(
        lifecycle.verify(AccountLifecycle.verificationToken(moved, CONFIRM_NEW)),
        401,
        "INVALID_TOKEN");
    assertEquals(account.email(), db.user(account.email()).orElseThrow().get("email"));
    assertEquals(
        1,
        db.auditEvents(account.id(), "none").stream()
            .filter(row -> "EMAIL_CHANGE_CANCELLED".equals(row.get("event")))
            .count());
    HttpResult again =
        auth.post(
            "/api/auth/email-change/cancel", account.sessionToken(), "{}", AuthApi.newAddress());
    assertEquals("{\"status\":true,\"cancelled\":false}", again.body());
  }

  @Test
  void anEmailChangeIsVerifiedAtTheNewAddressAndToldToTheOldOne() {
    AuthApi.Account account = auth.newAccount("Mover");
    Device other = Device.signIn(auth, account);
    String moved = AuthApi.newEmail("moved");

    HttpResult asked = lifecycle.changeEmail(account.sessionToken(), moved.toUpperCase());

    assertEquals("{\"status\":true}", asked.body(), asked::toString);
    Mailbox.latest(account.email(), "Your taskguard email is about to change");
    String token = AccountLifecycle.verificationToken(moved, CONFIRM_NEW);
    assertEquals(account.email(), db.user(account.email()).orElseThrow().get("email"));

    HttpResult answer = lifecycle.verify(token);

    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.object().getBoolean("status"));
    jakarta.json.JsonObject user = answer.object().getJsonObject("user");
    assertEquals(account.id(), user.getString("id"));
    assertEquals(moved, user.getString("email"));
    assertEquals("Mover", user.getString("name"));
    assertTrue(user.getBoolean("emailVerified"), "the new address proved it receives mail");
    assertTrue(db.user(account.email()).isEmpty());
    assertTrue(verified(moved));
    assertEquals(
        moved,
        auth.getSession(other.token()).object().getJsonObject("user").getString("email"),
        "sessions continue with the new address");
    assertAuthError(
        auth.signIn(account.email(), account.password(), AuthApi.newAddress()),
        401,
        "INVALID_EMAIL_OR_PASSWORD");
    assertEquals(200, auth.signIn(moved, account.password(), AuthApi.newAddress()).status());
    assertAuthError(lifecycle.verify(token), 401, "INVALID_TOKEN");
  }

  @Test
  void anEmailChangeToATakenAddressAnswersAlikeAndMailsNothingThere() {
    AuthApi.Account account = auth.newAccount("Squatter");
    AuthApi.Account owner = auth.newAccount("Owner");
    Mailbox.await(owner.email(), 1);

    HttpResult taken = lifecycle.changeEmail(account.sessionToken(), owner.email());

    assertEquals("{\"status\":true}", taken.body(), taken::toString);
    Mailbox.assertStaysAt(owner.email(), 1, Duration.ofSeconds(1));
    assertAuthError(
        lifecycle.changeEmail(account.sessionToken(), account.email().toUpperCase()),
        400,
        "Email is the same",
        "EMAIL_IS_THE_SAME");
    assertAuthError(lifecycle.changeEmail(account.sessionToken(), "nope"), 400, "INVALID_EMAIL");
    assertAuthError(lifecycle.changeEmail(null, AuthApi.newEmail("x")), 401, "UNAUTHORIZED");
    assertAuthError(
        auth.post(
            "/api/auth/change-email",
            account.sessionToken(),
            AuthApi.json(
                Map.of("newEmail", AuthApi.newEmail("x"), "callbackURL", "//evil.example/")),
            AuthApi.newAddress()),
        403,
        "INVALID_CALLBACK_URL");
  }

  @Test
  void whenSomeoneTakesTheNewAddressFirstTheLinkIsRefusedCleanly() {
    AuthApi.Account account = auth.newAccount("Slow");
    String wanted = AuthApi.newEmail("wanted");
    lifecycle.changeEmail(account.sessionToken(), wanted);
    String token = AccountLifecycle.verificationToken(wanted, CONFIRM_NEW);
    auth.signUp(wanted, AuthApi.newPassword(), "Quick", AuthApi.newAddress());

    HttpResult answer = lifecycle.verify(token);

    assertAuthError(answer, 422, "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
    assertEquals(account.id(), db.user(account.email()).orElseThrow().get("id"));
  }
}
