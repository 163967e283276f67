package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static io.taskguard.testsupport.AuthAssertions.assertInstant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seeing one's sessions: list-sessions shows the live ones, newest first, the current one marked,
 * and never a token; other users' sessions and ended ones are not listed.
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

  Device signIn(AuthApi.Account account) {
    return Device.signIn(auth, account);
  }

  @Test
  void listsTheLiveSessionsNewestFirstMarkingTheCurrentOneWithoutTokens() {
    AuthApi.Account account = auth.newAccount("Lister");
    Device a = Device.first(account);
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
}
