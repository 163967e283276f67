package io.taskguard.systemtest.twofactor;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Passkeys on Better Auth's passkey paths against the real server and database, with a software
 * authenticator: register, sign in (also on an account with two-factor on), list, rename, delete,
 * and what must be refused: a reused challenge, no user verification, another origin, a sign count
 * that goes back.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PasskeyIT {

  static final String BASE = System.getProperty("taskguard.test.base-url");
  static final String ORIGIN = BASE.replaceAll("/+$", "");
  static final String RP_ID = URI.create(BASE).getHost();

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  SoftAuthenticator authenticator() {
    return new SoftAuthenticator(ORIGIN, RP_ID);
  }

  HttpResult registerOptions(String session) {
    return auth.get("/api/auth/passkey/generate-register-options", session);
  }

  HttpResult verifyRegistration(String session, String response, String name) {
    String body =
        "{\"response\":" + response + (name == null ? "" : ",\"name\":\"" + name + "\"") + "}";
    return auth.post("/api/auth/passkey/verify-registration", session, body, null);
  }

  HttpResult authenticateOptions() {
    return auth.get("/api/auth/passkey/generate-authenticate-options", null);
  }

  HttpResult verifyAuthentication(String response) {
    return auth.post(
        "/api/auth/passkey/verify-authentication",
        null,
        "{\"response\":" + response + "}",
        AuthApi.newAddress());
  }

  /** A new account with one passkey of {@code key}. */
  AuthApi.Account withPasskey(SoftAuthenticator key) {
    AuthApi.Account account = auth.newAccount("Passkey");
    HttpResult options = registerOptions(account.sessionToken());
    assertEquals(200, options.status(), options::toString);
    HttpResult registered =
        verifyRegistration(account.sessionToken(), key.register(options.object()), "Laptop");
    assertEquals(200, registered.status(), registered::toString);
    return account;
  }

  @Test
  void registerThenSignInWithThePasskey() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account account = auth.newAccount("Passkey");

    HttpResult options = registerOptions(account.sessionToken());
    assertEquals(200, options.status(), options::toString);
    JsonObject create = options.object();
    assertEquals(RP_ID, create.getJsonObject("rp").getString("id"));
    assertEquals(account.email(), create.getJsonObject("user").getString("name"));
    assertEquals(
        "required", create.getJsonObject("authenticatorSelection").getString("userVerification"));
    assertEquals("none", create.getString("attestation"));
    assertTrue(create.getString("challenge").length() >= 43);

    HttpResult registered =
        verifyRegistration(account.sessionToken(), key.register(create), "Laptop");
    assertEquals(200, registered.status(), registered::toString);
    JsonObject passkey = registered.object();
    assertEquals("Laptop", passkey.getString("name"));
    assertEquals(key.credentialId(), passkey.getString("credentialID"));
    assertEquals(account.id(), passkey.getString("userId"));
    assertEquals(1, db.rows("SELECT 1 FROM passkeys WHERE user_id = ?", account.id()).size());
    assertTrue(events(account.id()).contains("PASSKEY_ADDED"));
    assertTrue(TwoFactorIT.securityMail(account.email(), "passkey was added"));

    HttpResult get = authenticateOptions();
    assertEquals(200, get.status(), get::toString);
    assertEquals("required", get.object().getString("userVerification"));
    HttpResult signedIn = verifyAuthentication(key.authenticate(get.object()));

    assertEquals(200, signedIn.status(), signedIn::toString);
    String token = signedIn.header("set-auth-token").orElseThrow();
    assertEquals(token, signedIn.object().getString("token"));
    assertEquals(account.id(), signedIn.object().getJsonObject("user").getString("id"));
    assertEquals(token, signedIn.object().getJsonObject("session").getString("token"));
    assertEquals(200, auth.getSession(token).status());
    assertEquals(
        200, auth.tasks(account.id(), signedIn.header("set-auth-jwt").orElseThrow()).status());
    Map<String, Object> row =
        db.rows("SELECT * FROM passkeys WHERE user_id = ?", account.id()).get(0);
    assertEquals(1L, ((Number) row.get("sign_count")).longValue());
    assertNotNull(row.get("last_used_at"));
    assertTrue(events(account.id()).contains("PASSKEY_SIGN_IN"));
  }

  @Test
  void aChallengeIsUsedOnceAndAResponseCannotBeReplayed() {
    SoftAuthenticator key = authenticator();
    withPasskey(key);
    JsonObject options = authenticateOptions().object();
    String response = key.authenticate(options);

    assertEquals(200, verifyAuthentication(response).status());
    assertAuthError(verifyAuthentication(response), 400, "CHALLENGE_NOT_FOUND");
  }

  @Test
  void userVerificationIsRequired() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account account = withPasskey(key);
    key.userVerified = false;

    assertAuthError(
        verifyAuthentication(key.authenticate(authenticateOptions().object())),
        401,
        "AUTHENTICATION_FAILED");
    SoftAuthenticator untapped = authenticator();
    untapped.userVerified = false;
    HttpResult options = registerOptions(account.sessionToken());
    assertAuthError(
        verifyRegistration(account.sessionToken(), untapped.register(options.object()), null),
        400,
        "FAILED_TO_VERIFY_REGISTRATION");
    assertEquals(1, db.rows("SELECT 1 FROM passkeys WHERE user_id = ?", account.id()).size());
  }

  @Test
  void anotherOriginIsRefused() {
    SoftAuthenticator key = authenticator();
    withPasskey(key);

    assertAuthError(
        verifyAuthentication(
            key.authenticate(authenticateOptions().object(), "https://evil.example")),
        401,
        "AUTHENTICATION_FAILED");
  }

  @Test
  void aSignCountThatGoesBackIsRefusedAndAudited() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account account = withPasskey(key);
    assertEquals(
        200, verifyAuthentication(key.authenticate(authenticateOptions().object())).status());
    assertEquals(
        200, verifyAuthentication(key.authenticate(authenticateOptions().object())).status());

    key.signCount = 0; // a clone, still at the count it was copied with
    assertAuthError(
        verifyAuthentication(key.authenticate(authenticateOptions().object())),
        401,
        "AUTHENTICATION_FAILED");
    assertTrue(events(account.id()).contains("PASSKEY_COUNTER_WENT_BACK"));
  }

  @Test
  void aPasskeyIsTwoFactorsByItself() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account account = withPasskey(key);
    TwoFactorClient client = new TwoFactorClient(auth, account.address());
    HttpResult enabled =
        client.post(
            "enable", account.sessionToken(), AuthApi.json(Map.of("password", account.password())));
    Authenticator app = Authenticator.of(enabled.object().getString("totpURI"));
    assertEquals(
        200,
        client
            .post("verify-totp", account.sessionToken(), AuthApi.json(Map.of("code", app.code(0))))
            .status());

    HttpResult signedIn = verifyAuthentication(key.authenticate(authenticateOptions().object()));

    assertEquals(200, signedIn.status(), signedIn::toString);
    assertTrue(signedIn.object().getJsonObject("user").getBoolean("twoFactorEnabled"));
  }

  @Test
  void aPasskeyOnTheSessionIsAStepUpWithoutANewSession() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account account = withPasskey(key);
    TwoFactorClient client = new TwoFactorClient(auth, account.address());
    assertAuthError(client.post("enable", account.sessionToken(), "{}"), 400, "VALIDATION_ERROR");
    int sessions = db.sessionsOf(account.id()).size();

    HttpResult steppedUp =
        auth.post(
            "/api/auth/passkey/verify-authentication",
            account.sessionToken(),
            "{\"response\":" + key.authenticate(authenticateOptions().object()) + "}",
            null);

    assertEquals(200, steppedUp.status(), steppedUp::toString);
    assertEquals(account.sessionToken(), steppedUp.object().getString("token"), "the same session");
    assertEquals(sessions, db.sessionsOf(account.id()).size(), "no new session");
    HttpResult enabled = client.post("enable", account.sessionToken(), "{}");
    assertEquals(200, enabled.status(), enabled::toString);

    SoftAuthenticator someoneElses = authenticator();
    withPasskey(someoneElses);
    assertAuthError(
        auth.post(
            "/api/auth/passkey/verify-authentication",
            account.sessionToken(),
            "{\"response\":" + someoneElses.authenticate(authenticateOptions().object()) + "}",
            null),
        401,
        "AUTHENTICATION_FAILED");
  }

  @Test
  void listRenameAndDeleteOnlyOnesOwnPasskeys() {
    SoftAuthenticator key = authenticator();
    AuthApi.Account owner = withPasskey(key);
    AuthApi.Account other = auth.newAccount("Other");

    HttpResult list = auth.get("/api/auth/passkey/list-user-passkeys", owner.sessionToken());
    assertEquals(200, list.status(), list::toString);
    assertEquals(1, list.array().size());
    String id = list.array().getJsonObject(0).getString("id");
    assertEquals(
        0, auth.get("/api/auth/passkey/list-user-passkeys", other.sessionToken()).array().size());

    String rename = AuthApi.json(Map.of("id", id, "name", "Phone"));
    assertAuthError(
        auth.post("/api/auth/passkey/update-passkey", other.sessionToken(), rename, null),
        404,
        "PASSKEY_NOT_FOUND");
    HttpResult renamed =
        auth.post("/api/auth/passkey/update-passkey", owner.sessionToken(), rename, null);
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals("Phone", renamed.object().getJsonObject("passkey").getString("name"));
    assertAuthError(
        auth.post(
            "/api/auth/passkey/update-passkey",
            owner.sessionToken(),
            AuthApi.json(Map.of("id", id, "name", " ")),
            null),
        400,
        "VALIDATION_ERROR");

    String delete = AuthApi.json(Map.of("id", id));
    assertAuthError(
        auth.post("/api/auth/passkey/delete-passkey", other.sessionToken(), delete, null),
        404,
        "PASSKEY_NOT_FOUND");
    assertEquals(
        200,
        auth.post("/api/auth/passkey/delete-passkey", owner.sessionToken(), delete, null).status());
    assertEquals(0, db.rows("SELECT 1 FROM passkeys WHERE user_id = ?", owner.id()).size());
    assertTrue(events(owner.id()).contains("PASSKEY_REMOVED"));
    assertAuthError(
        verifyAuthentication(key.authenticate(authenticateOptions().object())),
        401,
        "AUTHENTICATION_FAILED");
  }

  @Test
  void oneAddressGetsSixtySignInChallengesAMinute() {
    String address = AuthApi.newAddress();
    Map<String, String> from = Map.of("X-Forwarded-For", address);
    for (int i = 0; i < 60; i++) {
      HttpResult options =
          auth.http()
              .send(
                  "GET", "/api/auth/passkey/generate-authenticate-options", null, null, null, from);
      assertEquals(200, options.status(), options::toString);
    }
    HttpResult refused =
        auth.http()
            .send("GET", "/api/auth/passkey/generate-authenticate-options", null, null, null, from);
    assertAuthError(refused, 429, "TOO_MANY_REQUESTS");
    assertTrue(refused.header("Retry-After").isPresent(), refused::toString);
  }

  @Test
  void badInputIsRefusedWithAClearAnswer() {
    AuthApi.Account account = auth.newAccount("PasskeyInput");
    assertAuthError(registerOptions(null), 401, "UNAUTHORIZED");
    assertAuthError(
        auth.post("/api/auth/passkey/verify-registration", account.sessionToken(), "{}", null),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        auth.post(
            "/api/auth/passkey/verify-registration",
            account.sessionToken(),
            "{\"response\":{\"id\":\"x\"}}",
            null),
        400,
        "FAILED_TO_VERIFY_REGISTRATION");
    assertAuthError(
        auth.post("/api/auth/passkey/verify-authentication", null, "{\"response\":\"x\"}", null),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        auth.post(
            "/api/auth/passkey/verify-authentication",
            null,
            "{\"response\":{\"type\":\"public-key\"}}",
            null),
        401,
        "AUTHENTICATION_FAILED");
    SoftAuthenticator key = authenticator();
    JsonObject options = registerOptions(account.sessionToken()).object();
    String response = key.register(options);
    assertAuthError(
        verifyRegistration(account.sessionToken(), response, "x".repeat(101)),
        400,
        "VALIDATION_ERROR");
    assertEquals(0, db.rows("SELECT 1 FROM passkeys WHERE user_id = ?", account.id()).size());
  }

  private List<String> events(String userId) {
    return db.rows("SELECT event FROM audit_events WHERE user_id = ? ORDER BY id", userId).stream()
        .map(row -> (String) row.get("event"))
        .toList();
  }
}
