package io.taskguard.systemtest.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The operator's "end every session of this user": every session token and JWT of that user is
 * refused at once, another user's are untouched, the rows say revoked, and the audit trail names
 * the user and the operator's address. The user may be named by id or by email.
 */
class OperatorSessionsIT {

  private final AuthApi auth = new AuthApi();
  private final OperatorApi operator = new OperatorApi();
  private final AuthTables tables = new AuthTables();

  @Test
  void endsEverySessionTokenAndJwtOfThatUserAndNoOneElses() {
    AuthApi.Account user = auth.newAccount("OperatorRevoked");
    HttpResult secondSignIn = auth.signIn(user.email(), user.password(), user.address());
    String secondToken = secondSignIn.object().getString("token");
    String secondJwt = secondSignIn.header("set-auth-jwt").orElseThrow();
    AuthApi.Account bystander = auth.newAccount("Bystander");
    String address = AuthApi.newAddress();

    HttpResult revoked = operator.revokeSessions(user.id(), address);

    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals(
        Json.createObjectBuilder().add("userId", user.id()).add("sessionsEnded", 2).build(),
        revoked.object());
    for (String jwt : List.of(user.jwt(), secondJwt)) {
      HttpResult refused = auth.tasks(user.id(), jwt);
      assertEquals(401, refused.status(), refused::toString);
    }
    for (String token : List.of(user.sessionToken(), secondToken)) {
      assertEquals("null", auth.getSession(token).body().strip());
      assertEquals(401, auth.token(token).status());
    }
    assertEquals(200, auth.tasks(bystander.id(), bystander.jwt()).status());
    assertNotEquals("null", auth.getSession(bystander.sessionToken()).body().strip());
    List<Map<String, Object>> rows = tables.sessionsOf(user.id());
    assertEquals(2, rows.size());
    rows.forEach(row -> assertNotNull(row.get("revoked_at"), row::toString));
    assertNull(tables.sessionsOf(bystander.id()).get(0).get("revoked_at"));
    List<Map<String, Object>> audit = tables.auditEvents(null, address);
    assertEquals(1, audit.size(), audit::toString);
    assertEquals("OPERATOR_SESSIONS_REVOKED", audit.get(0).get("event"));
    assertEquals(user.id(), audit.get(0).get("user_id"));

    HttpResult again = operator.revokeSessions(user.id(), address);
    assertEquals(0, again.object().getInt("sessionsEnded"));
  }

  @Test
  void aUserCanBeNamedByEmailInAnyLetterCase() {
    AuthApi.Account user = auth.newAccount("ByEmail");

    HttpResult revoked = operator.revokeSessions(user.email().toUpperCase(), AuthApi.newAddress());

    assertEquals(200, revoked.status(), revoked::toString);
    assertEquals(user.id(), revoked.object().getString("userId"));
    assertEquals(1, revoked.object().getInt("sessionsEnded"));
    assertEquals(401, auth.tasks(user.id(), user.jwt()).status());
  }

  @Test
  void anUnknownUserIsNotFound() {
    for (String nobody : List.of("no-such-user", "nobody-at-all@example.test", "not@an@email")) {
      HttpResult answer = operator.revokeSessions(nobody, AuthApi.newAddress());
      assertEquals(404, answer.status(), answer::toString);
      assertEquals("{\"message\":\"User not found\",\"code\":\"USER_NOT_FOUND\"}", answer.body());
    }
  }
}
