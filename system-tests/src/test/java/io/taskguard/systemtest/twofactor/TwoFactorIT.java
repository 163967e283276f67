package io.taskguard.systemtest.twofactor;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * TOTP two-factor on Better Auth's twoFactor paths against the real server and database: enrolment,
 * the challenged sign-in, backup codes, mailed codes, trusted devices and turning it off, each with
 * what must be refused, and the rows left behind.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class TwoFactorIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  /** An account with two-factor on: its authenticator, backup codes and a session. */
  record Enrolled(
      AuthApi.Account account, Authenticator app, List<String> backupCodes, String session) {}

  static String password(String password) {
    return AuthApi.json(Map.of("password", password));
  }

  static String code(String code) {
    return AuthApi.json(Map.of("code", code));
  }

  Enrolled enrol(String name) {
    AuthApi.Account account = auth.newAccount(name);
    TwoFactorClient client = new TwoFactorClient(auth, account.address());
    HttpResult enabled =
        client.post("enable", account.sessionToken(), password(account.password()));
    assertEquals(200, enabled.status(), enabled::toString);
    Authenticator app = Authenticator.of(enabled.object().getString("totpURI"));
    List<String> codes =
        enabled.object().getJsonArray("backupCodes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    HttpResult confirmed = client.post("verify-totp", account.sessionToken(), code(app.code(0)));
    assertEquals(200, confirmed.status(), confirmed::toString);
    return new Enrolled(account, app, codes, confirmed.object().getString("token"));
  }

  /** A sign-in of {@code enrolled} from a new address that stops at the challenge. */
  TwoFactorClient challenged(Enrolled enrolled) {
    TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());
    HttpResult answer = client.signIn(enrolled.account().email(), enrolled.account().password());
    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.object().getBoolean("twoFactorRedirect"), answer::toString);
    return client;
  }

  @Test
  void enrolmentWaitsForAFirstCodeThenTurnsTwoFactorOnWithANewSession() {
    AuthApi.Account account = auth.newAccount("Enrol");
    TwoFactorClient client = new TwoFactorClient(auth, account.address());

    assertAuthError(
        client.post("enable", account.sessionToken(), password(account.password() + "!")),
        400,
        "INVALID_PASSWORD");
    HttpResult enabled =
        client.post(
            "enable",
            account.sessionToken(),
            AuthApi.json(Map.of("password", account.password(), "issuer", "Acme Tasks")));
    assertEquals(200, enabled.status(), enabled::toString);
    assertEquals("no-store", enabled.header("Cache-Control").orElse(""));
    String uri = enabled.object().getString("totpURI");
    assertTrue(uri.startsWith("otpauth://totp/Acme%20Tasks:"), uri);
    assertTrue(uri.contains("&issuer=Acme%20Tasks&algorithm=SHA1&digits=6&period=30"), uri);
    List<String> backupCodes =
        enabled.object().getJsonArray("backupCodes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    assertEquals(10, backupCodes.size());
    assertTrue(backupCodes.stream().allMatch(c -> c.matches("[A-Za-z0-9]{5}-[A-Za-z0-9]{5}")));
    Authenticator app = Authenticator.of(uri);
    List<String> qr =
        enabled.object().getJsonArray("totpQRCode").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList();
    assertTrue(
        qr.size() >= 21 && qr.stream().allMatch(row -> row.matches("[01]{" + qr.size() + "}")));
    assertTrue(qr.get(0).startsWith("1111111") && qr.get(0).endsWith("1111111"), "finder patterns");

    // at rest: the secret is encrypted, the backup codes hashed
    Map<String, Object> secret =
        db.rows("SELECT * FROM totp_secrets WHERE user_id = ?", account.id()).get(0);
    assertEquals(false, secret.get("confirmed"));
    String sealedHex = HexFormat.of().formatHex((byte[]) secret.get("secret"));
    assertFalse(sealedHex.contains(HexFormat.of().formatHex(app.secret())), "secret in the clear");
    for (Map<String, Object> row :
        db.rows("SELECT code_hash FROM backup_codes WHERE user_id = ?", account.id())) {
      String stored = new String((byte[]) row.get("code_hash"), StandardCharsets.ISO_8859_1);
      assertTrue(backupCodes.stream().noneMatch(stored::contains));
    }
    assertEquals(false, db.user(account.email()).orElseThrow().get("two_factor_enabled"));
    assertEquals(
        JsonValue.FALSE,
        auth.getSession(account.sessionToken())
            .object()
            .getJsonObject("user")
            .get("twoFactorEnabled"));
    HttpResult notYet =
        new TwoFactorClient(auth, AuthApi.newAddress()).signIn(account.email(), account.password());
    assertEquals(200, notYet.status());
    assertFalse(notYet.object().containsKey("twoFactorRedirect"), "not challenged before a code");

    assertAuthError(
        client.post("verify-totp", account.sessionToken(), code("000000")), 401, "INVALID_CODE");
    HttpResult confirmed = client.post("verify-totp", account.sessionToken(), code(app.code(0)));

    assertEquals(200, confirmed.status(), confirmed::toString);
    JsonObject body = confirmed.object();
    assertEquals(JsonValue.TRUE, body.getJsonObject("user").get("twoFactorEnabled"));
    String newToken = body.getString("token");
    assertNotEquals(account.sessionToken(), newToken);
    assertEquals(newToken, confirmed.header("set-auth-token").orElse(""));
    assertTrue(confirmed.header("set-auth-jwt").isPresent());
    assertEquals("null", auth.getSession(account.sessionToken()).body(), "the old session ended");
    assertEquals(200, auth.getSession(newToken).status());
    assertEquals(true, db.user(account.email()).orElseThrow().get("two_factor_enabled"));
    assertTrue(events(account.id()).contains("TWO_FACTOR_ENABLED"));
    assertTrue(securityMail(account.email(), "turned on"));
  }

  @Test
  void aSignInIsChallengedAndACodeIsAcceptedOnce() {
    Enrolled enrolled = enrol("Challenged");
    int sessionsBefore = db.sessionsOf(enrolled.account().id()).size();
    TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());

    HttpResult first = client.signIn(enrolled.account().email(), enrolled.account().password());

    assertEquals(200, first.status(), first::toString);
    assertEquals(
        Map.of(
            "twoFactorRedirect",
            JsonValue.TRUE,
            "twoFactorMethods",
            first.object().get("twoFactorMethods")),
        first.object());
    assertEquals("[\"totp\",\"otp\"]", first.object().get("twoFactorMethods").toString());
    assertTrue(first.header("set-auth-token").isEmpty(), "no session before the second factor");
    assertTrue(first.header("set-auth-jwt").isEmpty());
    String setCookie = first.header("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith(TwoFactorClient.CHALLENGE + "="), setCookie);
    assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax"), setCookie);
    assertEquals(sessionsBefore, db.sessionsOf(enrolled.account().id()).size());

    assertAuthError(
        auth.post("/api/auth/two-factor/verify-totp", null, code(enrolled.app().code(1)), null),
        401,
        "INVALID_TWO_FACTOR_COOKIE");
    TwoFactorClient forged = new TwoFactorClient(auth, AuthApi.newAddress());
    forged.cookies.put(TwoFactorClient.CHALLENGE, "forged-challenge-token");
    assertAuthError(
        forged.post("verify-totp", null, code(enrolled.app().code(1))),
        401,
        "INVALID_TWO_FACTOR_COOKIE");
    assertAuthError(
        client.post("verify-totp", null, code(enrolled.app().code(0))), 401, "INVALID_CODE");

    String challenge = client.cookie(TwoFactorClient.CHALLENGE).orElseThrow();
    HttpResult opened = client.post("verify-totp", null, code(enrolled.app().code(1)));

    assertEquals(200, opened.status(), opened::toString);
    String token = opened.object().getString("token");
    assertEquals(token, opened.header("set-auth-token").orElse(""));
    assertEquals(200, auth.getSession(token).status());
    String jwt = opened.header("set-auth-jwt").orElseThrow();
    assertEquals(200, auth.tasks(enrolled.account().id(), jwt).status());
    assertTrue(
        client.cookie(TwoFactorClient.CHALLENGE).isEmpty(), "the challenge cookie is cleared");
    TwoFactorClient replay = new TwoFactorClient(auth, AuthApi.newAddress());
    replay.cookies.put(TwoFactorClient.CHALLENGE, challenge);
    assertAuthError(
        replay.post("verify-totp", null, code(enrolled.app().code(1))),
        401,
        "INVALID_TWO_FACTOR_COOKIE");
    assertAuthError(
        challenged(enrolled).post("verify-totp", null, code(enrolled.app().code(1))),
        401,
        "INVALID_CODE");
    List<String> events = events(enrolled.account().id());
    assertTrue(events.contains("TWO_FACTOR_CHALLENGED") && events.contains("TWO_FACTOR_PASSED"));
  }

  @Test
  void fiveWrongCodesEndTheChallenge() {
    Enrolled enrolled = enrol("Guesser");
    TwoFactorClient client = challenged(enrolled);
    for (int i = 1; i < 5; i++) {
      assertAuthError(client.post("verify-totp", null, code("000000")), 401, "INVALID_CODE");
    }
    assertAuthError(
        client.post("verify-totp", null, code("000000")),
        400,
        "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE");
    assertAuthError(
        client.post("verify-totp", null, code(enrolled.app().code(1))),
        401,
        "INVALID_TWO_FACTOR_COOKIE");
    assertTrue(events(enrolled.account().id()).contains("TWO_FACTOR_FAILED"));

    // the owner, from an address that made no wrong guess, is not locked out
    HttpResult owner = challenged(enrolled).post("verify-totp", null, code(enrolled.app().code(1)));
    assertEquals(200, owner.status(), owner::toString);
  }

  @Test
  void aBackupCodeWorksOnceEvenOfferedTwiceAtOnceAndTheOwnerIsTold() throws Exception {
    Enrolled enrolled = enrol("Backup");
    String backup = enrolled.backupCodes().get(0);
    List<TwoFactorClient> clients = List.of(challenged(enrolled), challenged(enrolled));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResult>> answers = new ArrayList<>();
    try {
      for (TwoFactorClient client : clients) {
        Callable<HttpResult> use = () -> client.post("verify-backup-code", null, code(backup));
        answers.add(pool.submit(use));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<HttpResult> answer : answers) {
        statuses.add(answer.get(30, TimeUnit.SECONDS).status());
      }
      assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
      assertEquals(1, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
    } finally {
      pool.shutdownNow();
    }
    assertAuthError(
        challenged(enrolled).post("verify-backup-code", null, code(backup)),
        401,
        "INVALID_BACKUP_CODE");
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM backup_codes WHERE user_id = ? AND used_at IS NOT NULL",
                enrolled.account().id())
            .size());
    assertTrue(events(enrolled.account().id()).contains("BACKUP_CODE_USED"));
    assertTrue(securityMail(enrolled.account().email(), "backup codes was just used"));

    HttpResult fresh =
        new TwoFactorClient(auth, AuthApi.newAddress())
            .post(
                "generate-backup-codes",
                enrolled.session(),
                password(enrolled.account().password()));
    assertEquals(200, fresh.status(), fresh::toString);
    assertEquals(true, fresh.object().getBoolean("status"));
    assertAuthError(
        challenged(enrolled).post("verify-backup-code", null, code(enrolled.backupCodes().get(1))),
        401,
        "INVALID_BACKUP_CODE");
    String newCode = fresh.object().getJsonArray("backupCodes").getString(0);
    assertEquals(
        200, challenged(enrolled).post("verify-backup-code", null, code(newCode)).status());
  }

  @Test
  void aMailedCodeOpensASession() {
    Enrolled enrolled = enrol("Mailed");
    TwoFactorClient client = challenged(enrolled);

    assertAuthError(client.post("verify-otp", null, code("123456")), 400, "OTP_HAS_EXPIRED");
    HttpResult sent = client.post("send-otp", null, "{}");
    assertEquals(200, sent.status(), sent::toString);
    String text = Mailbox.latest(enrolled.account().email(), "Your taskguard sign-in code").text();
    String mailed = text.replaceAll("(?s).*sign-in code is (\\d{6}).*", "$1");
    assertTrue(mailed.matches("\\d{6}"), text);
    String wrong = mailed.equals("000000") ? "111111" : "000000";
    assertAuthError(client.post("verify-otp", null, code(wrong)), 401, "INVALID_CODE");

    HttpResult opened = client.post("verify-otp", null, code(mailed));
    assertEquals(200, opened.status(), opened::toString);
    assertEquals(200, auth.getSession(opened.object().getString("token")).status());
  }

  @Test
  void aTrustedDeviceSkipsTheChallengeUntilItIsForgotten() {
    Enrolled enrolled = enrol("Trusting");
    TwoFactorClient browser = challenged(enrolled);
    HttpResult trusted =
        browser.post(
            "verify-totp",
            null,
            AuthApi.json(Map.of("code", enrolled.app().code(1), "trustDevice", true)));
    assertEquals(200, trusted.status(), trusted::toString);
    String first = browser.cookie(TwoFactorClient.TRUSTED).orElseThrow();

    HttpResult again = browser.signIn(enrolled.account().email(), enrolled.account().password());
    assertEquals(200, again.status(), again::toString);
    assertTrue(again.object().containsKey("token"), "no challenge on a trusted device");
    String second = browser.cookie(TwoFactorClient.TRUSTED).orElseThrow();
    assertNotEquals(first, second, "the device's token changes at each use");

    TwoFactorClient copy = new TwoFactorClient(auth, AuthApi.newAddress());
    copy.cookies.put(TwoFactorClient.TRUSTED, first);
    assertTrue(
        copy.signIn(enrolled.account().email(), enrolled.account().password())
            .object()
            .getBoolean("twoFactorRedirect"),
        "a used device token is worth nothing");

    HttpResult list = browser.get("list-trusted-devices", enrolled.session());
    assertEquals(200, list.status(), list::toString);
    assertEquals(1, list.array().size());
    String id = list.array().getJsonObject(0).getString("id");
    assertAuthError(
        browser.post(
            "revoke-trusted-device", enrolled.session(), AuthApi.json(Map.of("id", "nope"))),
        404,
        "TRUSTED_DEVICE_NOT_FOUND");
    assertEquals(
        200,
        browser
            .post("revoke-trusted-device", enrolled.session(), AuthApi.json(Map.of("id", id)))
            .status());
    assertTrue(
        browser
            .signIn(enrolled.account().email(), enrolled.account().password())
            .object()
            .getBoolean("twoFactorRedirect"));
  }

  @Test
  void signingOutEverywhereElseForgetsTrustedDevices() {
    Enrolled enrolled = enrol("Everywhere");
    TwoFactorClient browser = challenged(enrolled);
    browser.post(
        "verify-totp",
        null,
        AuthApi.json(Map.of("code", enrolled.app().code(1), "trustDevice", true)));
    assertTrue(browser.cookie(TwoFactorClient.TRUSTED).isPresent());

    assertEquals(200, auth.revokeOtherSessions(enrolled.session()).status());

    assertTrue(
        browser
            .signIn(enrolled.account().email(), enrolled.account().password())
            .object()
            .getBoolean("twoFactorRedirect"));
    assertEquals(
        0,
        db.rows("SELECT 1 FROM trusted_devices WHERE user_id = ?", enrolled.account().id()).size());
  }

  @Test
  void disablingNeedsThePasswordAndReplacesTheSession() {
    Enrolled enrolled = enrol("Disabler");
    TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());

    assertAuthError(
        client.post("disable", enrolled.session(), password("wrong password")),
        400,
        "INVALID_PASSWORD");
    HttpResult disabled =
        client.post("disable", enrolled.session(), password(enrolled.account().password()));

    assertEquals(200, disabled.status(), disabled::toString);
    assertEquals(true, disabled.object().getBoolean("status"));
    String replaced = disabled.header("set-auth-token").orElseThrow();
    assertEquals("null", auth.getSession(enrolled.session()).body());
    assertEquals(
        JsonValue.FALSE,
        auth.getSession(replaced).object().getJsonObject("user").get("twoFactorEnabled"));
    assertEquals(
        false, db.user(enrolled.account().email()).orElseThrow().get("two_factor_enabled"));
    assertEquals(
        0, db.rows("SELECT 1 FROM totp_secrets WHERE user_id = ?", enrolled.account().id()).size());
    assertEquals(
        0, db.rows("SELECT 1 FROM backup_codes WHERE user_id = ?", enrolled.account().id()).size());
    HttpResult plain =
        new TwoFactorClient(auth, AuthApi.newAddress())
            .signIn(enrolled.account().email(), enrolled.account().password());
    assertTrue(plain.object().containsKey("token"), plain::toString);
    assertTrue(securityMail(enrolled.account().email(), "turned off"));
    assertAuthError(
        client.post("disable", replaced, password(enrolled.account().password())),
        400,
        "TWO_FACTOR_NOT_ENABLED");
  }

  @Test
  void aSecondEnableKeepsTheConfirmedSecretUntilItsOwnCodeConfirmsIt() {
    Enrolled enrolled = enrol("Twice");
    TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());
    HttpResult second =
        client.post("enable", enrolled.session(), password(enrolled.account().password()));
    assertEquals(200, second.status(), second::toString);

    HttpResult uri =
        client.post("get-totp-uri", enrolled.session(), password(enrolled.account().password()));
    assertEquals(
        enrolled.app().secret().length,
        Authenticator.of(uri.object().getString("totpURI")).secret().length);
    assertEquals(
        HexFormat.of().formatHex(enrolled.app().secret()),
        HexFormat.of().formatHex(Authenticator.of(uri.object().getString("totpURI")).secret()),
        "get-totp-uri shows the confirmed secret");
    assertEquals(
        200,
        challenged(enrolled).post("verify-totp", null, code(enrolled.app().code(1))).status(),
        "the confirmed secret still signs in");
    assertEquals(
        200,
        challenged(enrolled)
            .post("verify-backup-code", null, code(enrolled.backupCodes().get(2)))
            .status(),
        "the confirmed backup codes still work");
  }

  @Test
  void aProvedSecondFactorConfirmsChangesWithoutThePasswordOnTheSameSession() {
    AuthApi.Account plain = auth.newAccount("NoStepUp");
    assertAuthError(
        new TwoFactorClient(auth, plain.address()).post("enable", plain.sessionToken(), "{}"),
        400,
        "VALIDATION_ERROR");

    Enrolled enrolled = enrol("StepUp");
    TwoFactorClient client = new TwoFactorClient(auth, AuthApi.newAddress());
    HttpResult steppedUp =
        client.post("verify-totp", enrolled.session(), code(enrolled.app().code(1)));
    assertEquals(200, steppedUp.status(), steppedUp::toString);
    assertEquals(enrolled.session(), steppedUp.object().getString("token"), "no new session");
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM sessions WHERE user_id = ? AND revoked_at IS NULL",
                enrolled.account().id())
            .size());
    assertTrue(
        db.rows(
                    "SELECT 1 FROM sessions WHERE user_id = ? AND stepped_up_at IS NOT NULL",
                    enrolled.account().id())
                .size()
            >= 1);

    HttpResult codes = client.post("generate-backup-codes", enrolled.session(), "{}");
    assertEquals(200, codes.status(), codes::toString);
    HttpResult off = client.post("disable", enrolled.session(), "{}");
    assertEquals(200, off.status(), off::toString);
  }

  @Test
  void badInputIsRefusedWithAClearAnswer() {
    AuthApi.Account account = auth.newAccount("BadInput");
    TwoFactorClient client = new TwoFactorClient(auth, account.address());

    assertAuthError(client.post("enable", null, password(account.password())), 401, "UNAUTHORIZED");
    assertAuthError(
        client.post("enable", account.sessionToken(), "{\"password\": 12}"),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        client.post("enable", account.sessionToken(), "{\"password\""), 400, "INVALID_JSON");
    assertAuthError(
        client.post(
            "enable",
            account.sessionToken(),
            AuthApi.json(Map.of("password", account.password(), "issuer", "a:b"))),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        client.post("verify-totp", account.sessionToken(), "{\"code\": 123456}"),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        client.post("verify-totp", account.sessionToken(), "{}"), 400, "VALIDATION_ERROR");
    assertAuthError(
        client.post("verify-totp", account.sessionToken(), code("123456")),
        400,
        "TWO_FACTOR_NOT_ENABLED");
    assertAuthError(
        client.post(
            "verify-backup-code", null, AuthApi.json(Map.of("code", "x", "trustDevice", "yes"))),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        client.post("generate-backup-codes", account.sessionToken(), password(account.password())),
        400,
        "TWO_FACTOR_NOT_ENABLED");
    assertEquals(0, db.rows("SELECT 1 FROM totp_secrets WHERE user_id = ?", account.id()).size());
  }

  /** Whether a "change to how you sign in" mail saying {@code text} reaches {@code to} (waits). */
  static boolean securityMail(String to, String text) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      if (Mailbox.to(to).stream()
          .anyMatch(m -> m.subject().contains("how you sign in") && m.text().contains(text))) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private List<String> events(String userId) {
    return db.rows("SELECT event FROM audit_events WHERE user_id = ? ORDER BY id", userId).stream()
        .map(row -> (String) row.get("event"))
        .toList();
  }
}
