package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ending one's sessions: revoke-session (by id or, as Better Auth clients do, by token; only one's
 * own) and revoke-other-sessions. An ended session's token and JWTs stop working within a second;
 * other users' sessions are never touched.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSessionRevokeIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  Device signIn(AuthApi.Account account) {
    return Device.signIn(auth, account);
  }

  @Test
  void revokeSessionByIdEndsThatSessionAndItsJwts() {
    AuthApi.Account account = auth.newAccount("Revoker");
    Device me = Device.first(account);
    Device other = signIn(account);

    HttpResult answer = auth.revokeSession(me.token(), AuthApi.json(Map.of("id", other.sid())));
    long answered = System.nanoTime();

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("{\"status\":true}", answer.body());
    RevocationProbe.awaitRefused(
        auth, account.id(), List.of(other.jwt()), Duration.ofSeconds(1), answered);
    assertEquals("null", auth.getSession(other.token()).body().strip());
    assertNotNull(db.session(other.sid()).orElseThrow().get("revoked_at"));
    assertNull(db.session(me.sid()).orElseThrow().get("revoked_at"));
    assertEquals(200, auth.tasks(account.id(), me.jwt()).status());

    HttpResult again = auth.revokeSession(me.token(), AuthApi.json(Map.of("id", other.sid())));
    assertAuthError(again, 404, "Session not found", "SESSION_NOT_FOUND");
  }

  @Test
  void revokeSessionByTokenAsBetterAuthClientsDo() {
    AuthApi.Account account = auth.newAccount("TokenRevoker");
    Device me = Device.first(account);
    Device other = signIn(account);

    HttpResult answer =
        auth.revokeSession(me.token(), AuthApi.json(Map.of("token", other.token())));

    assertEquals("{\"status\":true}", answer.body(), answer::toString);
    assertEquals("null", auth.getSession(other.token()).body().strip());
    assertNotNull(db.session(other.sid()).orElseThrow().get("revoked_at"));
    assertEquals(200, auth.tasks(account.id(), me.jwt()).status());
  }

  @Test
  void anotherUsersSessionIsNotFoundAndUntouched() {
    AuthApi.Account mallory = auth.newAccount("Mallory");
    AuthApi.Account victim = auth.newAccount("Victim");
    Device target = Device.first(victim);
    String before = db.sessionAsText(target.sid());

    for (String body :
        List.of(
            AuthApi.json(Map.of("id", target.sid())),
            AuthApi.json(Map.of("token", target.token())),
            AuthApi.json(Map.of("id", "00000000-0000-0000-0000-000000000000")),
            AuthApi.json(Map.of("id", "../../etc/passwd")))) {
      HttpResult answer = auth.revokeSession(mallory.sessionToken(), body);
      assertAuthError(answer, 404, "Session not found", "SESSION_NOT_FOUND");
    }

    assertEquals(before, db.sessionAsText(target.sid()));
    assertEquals(200, auth.tasks(victim.id(), target.jwt()).status());
    assertEquals(200, auth.token(target.token()).status());
  }

  @Test
  void revokeSessionNeedsACallerAndExactlyOneOfIdAndToken() {
    AuthApi.Account account = auth.newAccount("Picky");
    Device me = Device.first(account);
    String both = AuthApi.json(Map.of("id", me.sid(), "token", me.token()));

    assertAuthError(auth.revokeSession(me.token(), "{}"), 400, "VALIDATION_ERROR");
    assertAuthError(auth.revokeSession(me.token(), both), 400, "VALIDATION_ERROR");
    assertAuthError(
        auth.revokeSession(null, AuthApi.json(Map.of("id", me.sid()))),
        401,
        "Unauthorized",
        "UNAUTHORIZED");
    HttpResult notJson =
        auth.http()
            .send("POST", "/api/auth/revoke-session", me.token(), "text/plain", "id", Map.of());
    assertAuthError(notJson, 415, "UNSUPPORTED_MEDIA_TYPE");
    assertNull(db.session(me.sid()).orElseThrow().get("revoked_at"));
  }

  @Test
  void revokeOtherSessionsKeepsOnlyTheCurrentOne() {
    AuthApi.Account account = auth.newAccount("Keeper");
    AuthApi.Account neighbour = auth.newAccount("Neighbour");
    Device a = Device.first(account);
    Device b = signIn(account);
    Device c = signIn(account);

    HttpResult answer = auth.revokeOtherSessions(b.token());
    long answered = System.nanoTime();

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("{\"status\":true}", answer.body());
    RevocationProbe.awaitRefused(
        auth, account.id(), List.of(a.jwt(), c.jwt()), Duration.ofSeconds(1), answered);
    List<JsonObject> left = auth.listSessions(b.token()).array().getValuesAs(JsonObject.class);
    assertEquals(List.of(b.sid()), left.stream().map(s -> s.getString("id")).toList());
    assertEquals(JsonValue.TRUE, left.get(0).get("current"));
    assertEquals("null", auth.getSession(a.token()).body().strip());
    assertEquals("null", auth.getSession(c.token()).body().strip());
    assertEquals(200, auth.tasks(account.id(), b.jwt()).status());
    assertNull(db.session(Device.first(neighbour).sid()).orElseThrow().get("revoked_at"));
    assertEquals(200, auth.tasks(neighbour.id(), neighbour.jwt()).status());

    assertAuthError(auth.revokeOtherSessions(null), 401, "Unauthorized", "UNAUTHORIZED");
  }
}
