package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.systemtest.twofactor.Authenticator;
import io.taskguard.systemtest.twofactor.SoftAuthenticator;
import io.taskguard.systemtest.twofactor.TwoFactorClient;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two taskguard servers on one database, as behind a load balancer: a sign-out, a password reset or
 * an account deletion on one ends the JWTs on the other within one second (spec D-5), and sign-in
 * failures counted on one throttle the same address on the other; a TOTP or backup code used on one
 * is refused on the other, and a sign-in challenge issued by one is answered on the other. The
 * second server has the build server's environment (database, secret, issuer), so it publishes the
 * same keys and accepts the same tokens, and a sign-up limit per address low enough to reach.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthTwoServersIT {

  /** The second server's own sign-up limit (the build server's is set out of reach). */
  static final int SIGN_UPS_PER_ADDRESS = 3;

  static ExtraServer second;
  static AuthApi first;
  static AuthApi other;

  @BeforeAll
  static void aSecondServerOnTheSameDatabase() {
    Map<String, String> env = ExtraServer.buildServerEnv();
    env.put("TASKGUARD_SIGNUP_PER_ADDRESS", Integer.toString(SIGN_UPS_PER_ADDRESS));
    second = ExtraServer.start("taskguard-second", env);
    second.awaitStatus("/health/ready", 200, Duration.ofSeconds(120));
    first = new AuthApi();
    other = new AuthApi(new TaskApi(second.baseUrl()));
  }

  @AfterAll
  static void stopTheSecondServer() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aTotpCodeOrBackupCodeUsedOnOneServerIsRefusedOnTheOther() {
    AuthApi.Account account = first.newAccount("TwoServersTotp");
    HttpResult enabled = new TwoFactorClient(first, account.address()).enrol(account);
    Authenticator app = Authenticator.of(enabled.object().getString("totpURI"));
    String backup = enabled.object().getJsonArray("backupCodes").getString(0);
    String next = AuthApi.json(Map.of("code", app.code(1)));

    TwoFactorClient onFirst = new TwoFactorClient(first, AuthApi.newAddress());
    TwoFactorClient onSecond = new TwoFactorClient(other, AuthApi.newAddress());
    onFirst.signIn(account.email(), account.password());
    onSecond.signIn(account.email(), account.password());
    assertEquals(200, onFirst.post("verify-totp", null, next).status());
    HttpResult reused = onSecond.post("verify-totp", null, next);
    assertEquals(401, reused.status(), reused::toString);
    assertEquals("INVALID_CODE", reused.object().getString("code"));

    String backupCode = AuthApi.json(Map.of("code", backup));
    assertEquals(200, onSecond.post("verify-backup-code", null, backupCode).status());
    TwoFactorClient again = new TwoFactorClient(first, AuthApi.newAddress());
    again.signIn(account.email(), account.password());
    HttpResult usedBackup = again.post("verify-backup-code", null, backupCode);
    assertEquals(401, usedBackup.status(), usedBackup::toString);
    assertEquals("INVALID_BACKUP_CODE", usedBackup.object().getString("code"));
  }

  @Test
  void aSignInChallengeIssuedByOneServerIsAnsweredOnTheOther() {
    AuthApi.Account account = first.newAccount("TwoServersChallenge");
    HttpResult enabled = new TwoFactorClient(first, account.address()).enrol(account);
    Authenticator app = Authenticator.of(enabled.object().getString("totpURI"));

    TwoFactorClient onFirst = new TwoFactorClient(first, AuthApi.newAddress());
    onFirst.signIn(account.email(), account.password());
    TwoFactorClient onSecond = new TwoFactorClient(other, AuthApi.newAddress());
    onSecond.cookies.putAll(onFirst.cookies);
    HttpResult answered =
        onSecond.post("verify-totp", null, AuthApi.json(Map.of("code", app.code(1))));

    assertEquals(200, answered.status(), answered::toString);
    assertEquals(200, first.getSession(answered.object().getString("token")).status());
  }

  @Test
  void aPasskeyChallengeIssuedByOneServerIsTakenOnceOnEither() {
    AuthApi.Account account = first.newAccount("TwoServersPasskey");
    String base = System.getProperty("taskguard.test.base-url").replaceAll("/+$", "");
    SoftAuthenticator key = new SoftAuthenticator(base, URI.create(base).getHost());
    HttpResult options =
        first.get("/api/auth/passkey/generate-register-options", account.sessionToken());
    HttpResult registered =
        other.post(
            "/api/auth/passkey/verify-registration",
            account.sessionToken(),
            "{\"response\":" + key.register(options.object()) + "}",
            null);
    assertEquals(200, registered.status(), registered::toString);

    String response =
        "{\"response\":"
            + key.authenticate(
                other.get("/api/auth/passkey/generate-authenticate-options", null).object())
            + "}";
    HttpResult signedIn =
        first.post("/api/auth/passkey/verify-authentication", null, response, AuthApi.newAddress());
    assertEquals(200, signedIn.status(), signedIn::toString);
    HttpResult replayed =
        other.post("/api/auth/passkey/verify-authentication", null, response, AuthApi.newAddress());
    assertEquals(400, replayed.status(), replayed::toString);
    assertEquals("CHALLENGE_NOT_FOUND", replayed.object().getString("code"));
  }

  @Test
  void aSignOutOnOneServerEndsTheSessionsJwtsOnTheOtherWithinOneSecond() {
    AuthApi.Account account = first.newAccount("Roaming");
    String fromToken = first.token(account.sessionToken()).object().getString("token");
    List<String> jwts = List.of(account.jwt(), fromToken);
    for (String jwt : jwts) {
      assertEquals(200, other.tasks(account.id(), jwt).status(), "the second server accepts it");
    }

    HttpResult signedOut = first.signOut(account.sessionToken(), account.address());
    long answered = System.nanoTime();

    assertEquals("{\"success\":true}", signedOut.body(), signedOut::toString);
    Duration refusedAfter =
        RevocationProbe.awaitRefused(other, account.id(), jwts, Duration.ofSeconds(5), answered);
    System.out.printf(
        "[two servers] JWTs refused on the second server %d ms after sign-out on the first%n",
        refusedAfter.toMillis());
    assertTrue(refusedAfter.compareTo(Duration.ofSeconds(1)) < 0, () -> "took " + refusedAfter);
    assertEquals("null", other.getSession(account.sessionToken()).body().strip());
  }

  @Test
  void aPasswordResetOnOneServerEndsTheAccountsJwtsOnTheOtherWithinOneSecond() {
    AuthApi.Account account = first.newAccount("ResetRoaming");
    Device elsewhere = Device.signIn(other, account);
    List<String> jwts = List.of(account.jwt(), elsewhere.jwt());
    for (String jwt : jwts) {
      assertEquals(200, other.tasks(account.id(), jwt).status());
    }
    AccountLifecycle onFirst = new AccountLifecycle(first);
    onFirst.requestReset(account.email(), AuthApi.newAddress());
    String token = AccountLifecycle.resetToken(account.email());

    HttpResult reset = onFirst.resetPassword(token, AuthApi.newPassword());
    long answered = System.nanoTime();

    assertEquals(
        "{\"status\":true,\"email\":\"" + account.email() + "\"}", reset.body(), reset::toString);
    Duration refusedAfter =
        RevocationProbe.awaitRefused(other, account.id(), jwts, Duration.ofSeconds(5), answered);
    System.out.printf(
        "[two servers] JWTs refused on the second server %d ms after a reset on the first%n",
        refusedAfter.toMillis());
    assertTrue(refusedAfter.compareTo(Duration.ofSeconds(1)) < 0, () -> "took " + refusedAfter);
    assertEquals("null", other.getSession(elsewhere.token()).body().strip());
  }

  @Test
  void anAccountDeletedOnOneServerHasItsJwtsRefusedOnTheOtherWithinOneSecond() {
    AuthApi.Account account = first.newAccount("DeletedRoaming");
    String jwt = other.token(account.sessionToken()).object().getString("token");
    assertEquals(200, other.tasks(account.id(), jwt).status());

    HttpResult deleted =
        new AccountLifecycle(first)
            .deleteUser(
                account.sessionToken(), AuthApi.json(Map.of("password", account.password())));
    long answered = System.nanoTime();

    assertEquals(200, deleted.status(), deleted::toString);
    Duration refusedAfter =
        RevocationProbe.awaitRefused(
            other, account.id(), List.of(jwt, account.jwt()), Duration.ofSeconds(5), answered);
    System.out.printf(
        "[two servers] JWTs refused on the second server %d ms after a deletion on the first%n",
        refusedAfter.toMillis());
    assertTrue(refusedAfter.compareTo(Duration.ofSeconds(1)) < 0, () -> "took " + refusedAfter);
  }

  @Test
  void failuresCountedOnOneServerThrottleTheAddressOnTheOther() {
    AuthApi.Account owner = first.newAccount("SharedCounter");
    String address = AuthApi.newAddress();
    for (int i = 0; i < 5; i++) {
      AuthApi api = i % 2 == 0 ? first : other;
      assertEquals(401, api.signIn(owner.email(), "wrong password " + i, address).status());
    }

    AuthThrottleIT.assertThrottled(other.signIn(owner.email(), owner.password(), address));
    AuthThrottleIT.assertThrottled(first.signIn(owner.email(), owner.password(), address));
    assertEquals(200, other.signIn(owner.email(), owner.password(), AuthApi.newAddress()).status());
  }

  @Test
  void signUpsPerAddressAreLimited() {
    String address = AuthApi.newAddress();
    for (int i = 0; i < SIGN_UPS_PER_ADDRESS; i++) {
      HttpResult answer =
          other.signUp(AuthApi.newEmail("many" + i), AuthApi.newPassword(), "Many", address);
      assertEquals(200, answer.status(), answer::toString);
    }
    String email = AuthApi.newEmail("one-too-many");

    HttpResult refused = other.signUp(email, AuthApi.newPassword(), "Many", address);

    int retryAfter = AuthThrottleIT.assertThrottled(refused);
    assertTrue(retryAfter > 3000 && retryAfter <= 3600, "the sign-up window is an hour");
    assertEquals(0, new AuthTables().usersWithEmail(email));
    assertEquals(
        200,
        other.signUp(email, AuthApi.newPassword(), "Elsewhere", AuthApi.newAddress()).status());
  }

  @Test
  void bothServersPublishTheSameKeys() {
    assertEquals(
        first.get("/api/auth/jwks", null).object(), other.get("/api/auth/jwks", null).object());
    AuthApi.Account account = other.newAccount("SignedUpOnTheSecond");
    assertEquals(200, first.tasks(account.id(), account.jwt()).status());
  }
}
