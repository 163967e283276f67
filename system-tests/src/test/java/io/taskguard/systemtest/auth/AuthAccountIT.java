package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The account itself: update-user (name and image only, typed), and delete-user (the password or a
 * fresh session), which removes the user, its tasks, sessions and tokens at once and ends its JWTs
 * within a second.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AuthAccountIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();
  final AccountLifecycle lifecycle = new AccountLifecycle(auth);

  @Test
  void updateUserChangesTheNameAndImage() {
    AuthApi.Account account = auth.newAccount("Before");

    HttpResult named =
        lifecycle.updateUser(
            account.sessionToken(),
            AuthApi.json(Map.of("name", "After", "image", "https://example.com/a.png")));

    assertEquals(200, named.status(), named::toString);
    assertEquals("{\"status\":true}", named.body());
    assertTrue(
        named.header("set-auth-token").isEmpty(), "the session token is not handed out again");
    JsonObject user = auth.getSession(account.sessionToken()).object().getJsonObject("user");
    assertEquals("After", user.getString("name"));
    assertEquals("https://example.com/a.png", user.getString("image"));

    Map<String, Object> clear = new HashMap<>();
    clear.put("image", null);
    assertEquals(200, lifecycle.updateUser(account.sessionToken(), AuthApi.json(clear)).status());
    Map<String, Object> row = db.user(account.email()).orElseThrow();
    assertNull(row.get("image"));
    assertEquals("After", row.get("name"));
    assertEquals(
        2,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'PROFILE_UPDATED'",
                account.id())
            .size());
  }

  @Test
  void updateUserRefusesTheEmailUnknownFieldsAndWrongTypes() {
    AuthApi.Account account = auth.newAccount("Strict");
    String before = db.user(account.email()).orElseThrow().toString();
    Map<String, Object> nullName = new HashMap<>();
    nullName.put("name", null);

    assertAuthError(
        lifecycle.updateUser(
            account.sessionToken(), AuthApi.json(Map.of("email", "x@example.com"))),
        400,
        "Email can not be updated",
        "EMAIL_CAN_NOT_BE_UPDATED");
    assertAuthError(
        lifecycle.updateUser(account.sessionToken(), "{}"),
        400,
        "No fields to update",
        "NO_FIELDS_TO_UPDATE");
    assertAuthError(
        lifecycle.updateUser(account.sessionToken(), "{\"emailVerified\":true,\"id\":\"x\"}"),
        400,
        "NO_FIELDS_TO_UPDATE");
    assertAuthError(
        lifecycle.updateUser(account.sessionToken(), "{\"name\":123}"), 400, "VALIDATION_ERROR");
    assertAuthError(
        lifecycle.updateUser(account.sessionToken(), AuthApi.json(nullName)),
        400,
        "VALIDATION_ERROR");
    assertAuthError(
        lifecycle.updateUser(account.sessionToken(), AuthApi.json(Map.of("name", "x".repeat(201)))),
        400,
        "VALIDATION_ERROR");
    assertAuthError(lifecycle.updateUser(account.sessionToken(), "[1,2]"), 400, "INVALID_JSON");
    assertAuthError(
        lifecycle.updateUser(null, AuthApi.json(Map.of("name", "x"))), 401, "UNAUTHORIZED");
    assertEquals(before, db.user(account.email()).orElseThrow().toString());
  }

  @Test
  void deleteUserWithThePasswordRemovesEverythingAndEndsItsJwtsAtOnce() {
    AuthApi.Account account = auth.newAccount("Leaver");
    Device other = Device.signIn(auth, account);
    TaskApi tasks = new TaskApi();
    assertEquals(
        201,
        tasks
            .post(TaskApi.tasks(account.id()), account.jwt(), "{\"title\":\"gone soon\"}")
            .status());
    AuthApi.Account neighbour = auth.newAccount("Stays");

    assertAuthError(
        lifecycle.deleteUser(
            account.sessionToken(), AuthApi.json(Map.of("password", "wrong one!"))),
        400,
        "Invalid password",
        "INVALID_PASSWORD");
    assertTrue(db.user(account.email()).isPresent());

    long since = System.nanoTime();
    HttpResult deleted =
        lifecycle.deleteUser(
            account.sessionToken(), AuthApi.json(Map.of("password", account.password())));

    assertEquals(200, deleted.status(), deleted::toString);
    assertEquals("{\"success\":true,\"message\":\"User deleted\"}", deleted.body());
    RevocationProbe.awaitRefused(
        auth, account.id(), List.of(account.jwt(), other.jwt()), Duration.ofSeconds(1), since);
    assertTrue(db.user(account.email()).isEmpty());
    assertEquals(0, db.rows("SELECT 1 FROM tasks WHERE user_id = ?", account.id()).size());
    assertEquals(0, db.sessionsOf(account.id()).size());
    assertEquals(0, db.rows("SELECT 1 FROM account_tokens WHERE user_id = ?", account.id()).size());
    assertEquals(
        1,
        db.rows(
                "SELECT 1 FROM audit_events WHERE user_id = ? AND event = 'USER_DELETED'",
                account.id())
            .size());
    assertAuthError(
        auth.signIn(account.email(), account.password(), AuthApi.newAddress()),
        401,
        "INVALID_EMAIL_OR_PASSWORD");
    assertEquals("null", auth.getSession(other.token()).body().strip());
    assertAuthError(lifecycle.deleteUser(account.sessionToken(), "{}"), 401, "UNAUTHORIZED");
    assertEquals(200, auth.tasks(neighbour.id(), neighbour.jwt()).status());
  }

  @Test
  void aFreshSessionMayDeleteWithoutThePasswordAnOlderOneMayNot() {
    AuthApi.Account fresh = auth.newAccount("Fresh");
    AuthApi.Account stale = auth.newAccount("Stale");
    db.update(
        "UPDATE sessions SET created_at = now() - interval '16 minutes' WHERE user_id = ?",
        stale.id());

    assertAuthError(
        lifecycle.deleteUser(stale.sessionToken(), "{}"),
        400,
        "Session expired. Re-authenticate to perform this action.",
        "SESSION_EXPIRED");
    assertTrue(db.user(stale.email()).isPresent());
    assertEquals(
        200,
        lifecycle
            .deleteUser(stale.sessionToken(), AuthApi.json(Map.of("password", stale.password())))
            .status());

    assertAuthError(
        lifecycle.deleteUser(fresh.sessionToken(), AuthApi.json(Map.of("token", "anything"))),
        404,
        "INVALID_TOKEN");
    assertAuthError(
        lifecycle.deleteUser(
            fresh.sessionToken(), AuthApi.json(Map.of("callbackURL", "https://evil.example/"))),
        403,
        "INVALID_CALLBACK_URL");
    assertTrue(db.user(fresh.email()).isPresent());
    HttpResult deleted = lifecycle.deleteUser(fresh.sessionToken(), "{}");
    assertEquals(
        "{\"success\":true,\"message\":\"User deleted\"}", deleted.body(), deleted::toString);
    assertTrue(db.user(fresh.email()).isEmpty());
  }
}
