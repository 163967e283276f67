package io.taskguard.adapter.rest.it.auth;

import static io.taskguard.adapter.rest.it.support.AuthAssertions.assertAuthError;
import static io.taskguard.adapter.rest.it.support.AuthAssertions.assertInstant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskguard.adapter.rest.it.support.AuthApi;
import io.taskguard.adapter.rest.it.support.AuthTables;
import io.taskguard.adapter.rest.it.support.HttpResult;
import io.taskguard.adapter.rest.it.support.Jwts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeing and ending one's sessions: list-sessions (live ones, newest first, the current one marked,
 * no tokens), revoke-session (by id or token, only one's own) and revoke-other-sessions. An ended
 * session's token and JWTs stop working; other users' sessions are never touched.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSessionListIT {

  static final Set<String> SUMMARY_FIELDS =
      Set.of(
          "id",
          "userId",
          "expiresAt",
          "createdAt",
          "updatedAt",
          "ipAddress",
          "userAgent",
          "current");

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  /** One device's sign-in: its session token, JWT and session id. */
  record Device(String token, String jwt, String sid) {
    static Device of(HttpResult signedIn) {
      String jwt = signedIn.header("set-auth-jwt").orElseThrow(() -> new AssertionError(signedIn));
      return new Device(
          signedIn.object().getString("token"), jwt, Jwts.payload(jwt).getString("sid"));
    }
  }

  Device signIn(AuthApi.Account account) {
    return Device.of(auth.signIn(account.email(), account.password(), AuthApi.newAddress()));
  }

  static Device first(AuthApi.Account account) {
    return new Device(
        account.sessionToken(), account.jwt(), Jwts.payload(account.jwt()).getString("sid"));
  }

  @Test
  void listsTheLiveSessionsNewestFirstMarkingTheCurrentOneWithoutTokens() {
    AuthApi.Account account = auth.newAccount("Lister");
    Device a = first(account);
    Device b = signIn(account);
    Device c = signIn(account);
    Device gone = signIn(account);
    auth.signOut(gone.token(), null);
    auth.newAccount("Stranger");

    HttpResult answer = auth.listSessions(b.token());

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("no-store", answer.header("Cache-Control").orElse(""));
    List<JsonObject> listed = answer.array().getValuesAs(JsonObject.class);
    assertEquals(
        List.of(c.sid(), b.sid(), a.sid()), listed.stream().map(s -> s.getString("id")).toList());
    for (JsonObject session : listed) {
      assertEquals(SUMMARY_FIELDS, session.keySet(), session::toString);
      assertEquals(account.id(), session.getString("userId"));
      assertEquals(
          session.getString("id").equals(b.sid()) ? JsonValue.TRUE : JsonValue.FALSE,
          session.get("current"));
      assertEquals(
          Duration.ofDays(7),
          Duration.between(
              assertInstant(session, "createdAt"), assertInstant(session, "expiresAt")));
    }
    assertEquals(account.address(), listed.get(2).getString("ipAddress"));
    for (Device device : List.of(a, b, c, gone)) {
      assertFalse(answer.body().contains(device.token()), "no session token is listed");
    }
  }

  @Test
  void listSessionsWithoutALiveTokenIs401() {
    assertAuthError(auth.listSessions(null), 401, "Unauthorized", "UNAUTHORIZED");
    assertAuthError(auth.listSessions("no-such-token"), 401, "Unauthorized", "UNAUTHORIZED");
  }

  @Test
  void revokeSessionByIdEndsThatSessionAndItsJwts() {
    AuthApi.Account account = auth.newAccount("Revoker");
    Device me = first(account);
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
    Device me = first(account);
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
    Device target = first(victim);
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
    Device me = first(account);
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
    Device a = first(account);
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
    assertNull(db.session(first(neighbour).sid()).orElseThrow().get("revoked_at"));
    assertEquals(200, auth.tasks(neighbour.id(), neighbour.jwt()).status());

    assertAuthError(auth.revokeOtherSessions(null), 401, "Unauthorized", "UNAUTHORIZED");
  }
}
