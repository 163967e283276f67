package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static io.taskguard.testsupport.AuthAssertions.assertInstant;
import static io.taskguard.testsupport.AuthAssertions.assertUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a session token is good for on a real server: get-session, trading it for JWTs at /token,
 * and sign-out, which ends the session and every JWT issued under it on the task API.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSessionIT {

  static final Set<String> SESSION_FIELDS =
      Set.of(
          "id", "userId", "token", "expiresAt", "createdAt", "updatedAt", "ipAddress", "userAgent");

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @Test
  void getSessionAnswersTheSessionTheUserAndAFreshJwt() {
    AuthApi.Account account = auth.newAccount("GetSession");

    HttpResult answer = auth.getSession(account.sessionToken());

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("no-store", answer.header("Cache-Control").orElse(""));
    assertEquals(Set.of("session", "user"), answer.object().keySet());
    JsonObject session = answer.object().getJsonObject("session");
    assertEquals(SESSION_FIELDS, session.keySet(), session::toString);
    assertEquals(account.sessionToken(), session.getString("token"));
    assertEquals(account.id(), session.getString("userId"));
    assertEquals(account.address(), session.getString("ipAddress"));
    assertTrue(session.getString("userAgent").startsWith("Java-http-client"), session::toString);
    assertEquals(
        Duration.ofDays(7),
        Duration.between(assertInstant(session, "createdAt"), assertInstant(session, "expiresAt")));
    assertInstant(session, "updatedAt");
    assertEquals(Jwts.payload(account.jwt()).getString("sid"), session.getString("id"));
    assertUser(answer.object().getJsonObject("user"), account.id(), account.email(), "GetSession");

    String jwt = answer.header("set-auth-jwt").orElseThrow();
    assertEquals(session.getString("id"), Jwts.payload(jwt).getString("sid"));
    assertEquals(200, auth.tasks(account.id(), jwt).status());
    HttpResult later = auth.getSession(account.sessionToken());
    assertEquals(
        session.getString("expiresAt"),
        later.object().getJsonObject("session").getString("expiresAt"),
        "using a session does not extend it");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"none", "unknown", "a JWT", "empty"})
  void getSessionWithoutALiveSessionTokenIsNull(String which) {
    HttpResult answer = auth.getSession(notASessionToken(which));

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("null", answer.body().strip());
    assertEquals("no-store", answer.header("Cache-Control").orElse(""));
    assertTrue(answer.header("set-auth-jwt").isEmpty(), answer::toString);
  }

  @Test
  void tokenTradesALiveSessionTokenForAFreshJwt() {
    AuthApi.Account account = auth.newAccount("Token");

    HttpResult answer = auth.token(account.sessionToken());

    assertEquals(200, answer.status(), answer::toString);
    assertEquals("no-store", answer.header("Cache-Control").orElse(""));
    assertEquals(Set.of("token"), answer.object().keySet());
    String jwt = answer.object().getString("token");
    JsonObject claims = Jwts.payload(jwt);
    JsonObject first = Jwts.payload(account.jwt());
    assertEquals(first.getString("sid"), claims.getString("sid"));
    assertNotEquals(first.getString("jti"), claims.getString("jti"));
    assertEquals(200, auth.tasks(account.id(), jwt).status());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"none", "unknown", "a JWT", "empty"})
  void tokenWithoutALiveSessionTokenIs401(String which) {
    HttpResult answer = auth.token(notASessionToken(which));

    assertAuthError(answer, 401, "Unauthorized", "UNAUTHORIZED");
    assertEquals("{\"message\":\"Unauthorized\",\"code\":\"UNAUTHORIZED\"}", answer.body());
  }

  @Test
  void signOutEndsTheSessionAndEveryJwtOfItWithinOneSecondButNoOtherSession() {
    AuthApi.Account account = auth.newAccount("SignOut");
    String sid = Jwts.payload(account.jwt()).getString("sid");
    List<String> jwts =
        List.of(
            account.jwt(),
            auth.getSession(account.sessionToken()).header("set-auth-jwt").orElseThrow(),
            auth.token(account.sessionToken()).object().getString("token"));
    HttpResult otherDevice = auth.signIn(account.email(), account.password(), AuthApi.newAddress());
    String otherJwt = otherDevice.header("set-auth-jwt").orElseThrow();
    for (String jwt : jwts) {
      assertEquals(200, auth.tasks(account.id(), jwt).status(), "valid before sign-out");
    }

    HttpResult signedOut = auth.signOut(account.sessionToken(), account.address());
    long answered = System.nanoTime();

    assertEquals(200, signedOut.status(), signedOut::toString);
    assertEquals("{\"success\":true}", signedOut.body());
    Duration refusedAfter =
        RevocationProbe.awaitRefused(auth, account.id(), jwts, Duration.ofSeconds(3), answered);
    System.out.printf(
        "[sign-out] every JWT of the session refused %d ms after sign-out%n",
        refusedAfter.toMillis());
    assertTrue(refusedAfter.compareTo(Duration.ofSeconds(1)) < 0, () -> "took " + refusedAfter);

    assertEquals("null", auth.getSession(account.sessionToken()).body().strip());
    assertAuthError(auth.token(account.sessionToken()), 401, "Unauthorized", "UNAUTHORIZED");
    assertNotNull(db.session(sid).orElseThrow().get("revoked_at"));
    String otherSid = Jwts.payload(otherJwt).getString("sid");
    assertNull(db.session(otherSid).orElseThrow().get("revoked_at"));
    assertEquals(200, auth.tasks(account.id(), otherJwt).status(), "the other session lives on");

    HttpResult again = auth.signOut(account.sessionToken(), account.address());
    assertEquals("{\"success\":true}", again.body(), "signing out twice is harmless");
  }

  @Test
  void signOutWithoutABearerTokenIs400() {
    HttpResult answer = auth.signOut(null, AuthApi.newAddress());
    assertAuthError(answer, 400, "Failed to get session", "FAILED_TO_GET_SESSION");
  }

  /** A bearer value that is no live session token; {@code none} sends no header at all. */
  String notASessionToken(String which) {
    return switch (which) {
      case "none" -> null;
      case "unknown" -> "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
      case "a JWT" -> auth.newAccount("JwtAsSession").jwt();
      case "empty" -> "";
      default -> throw new IllegalArgumentException(which);
    };
  }
}
