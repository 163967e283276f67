package io.taskguard.systemtest.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Only the operator credential opens the operator commands: none or a wrong one is 401 with a Basic
 * challenge and changes nothing; wrong guesses are audited and, from one address, backed off (429)
 * like failed sign-ins, even for the right credential. (Without a configured credential the
 * commands answer 404: {@link SecretReencryptionIT}.)
 */
class OperatorAccessIT {

  static final String CHALLENGE = "Basic realm=\"taskguard-operator\", charset=\"UTF-8\"";
  static final String REFUSED =
      "{\"message\":\"Operator credential required\",\"code\":\"UNAUTHORIZED\"}";

  private final AuthApi auth = new AuthApi();
  private final OperatorApi operator = new OperatorApi();
  private final AuthTables tables = new AuthTables();

  @Test
  void withoutTheRightCredentialNothingHappens() {
    AuthApi.Account user = auth.newAccount("Guarded");
    String address = AuthApi.newAddress();
    String password = System.getProperty("taskguard.test.operator.password");
    List<OperatorApi> wrong =
        List.of(
            operator.as(null, null),
            operator.as("it-operator", password + "x"),
            operator.as("someone", password),
            operator.as("", ""));

    for (OperatorApi caller : wrong) {
      HttpResult refused = caller.revokeSessions(user.id(), address);
      assertEquals(401, refused.status(), refused::toString);
      assertEquals(CHALLENGE, refused.header("WWW-Authenticate").orElse(""));
      assertEquals(REFUSED, refused.body());
    }
    HttpResult bearer =
        auth.http().send("POST", "/api/operator/keys/rotate", user.jwt(), null, null, Map.of());
    assertEquals(401, bearer.status(), bearer::toString);

    assertEquals(200, auth.tasks(user.id(), user.jwt()).status(), "the user's session is live");
    List<String> events =
        tables.auditEvents(null, address).stream().map(row -> (String) row.get("event")).toList();
    assertEquals(List.of("OPERATOR_REFUSED", "OPERATOR_REFUSED", "OPERATOR_REFUSED"), events);
  }

  @Test
  void theRightCredentialIsAdmittedAndUnknownCommandsAreNotFound() {
    AuthApi.Account user = auth.newAccount("Admitted");

    HttpResult admitted = operator.revokeSessions(user.id(), AuthApi.newAddress());
    HttpResult unknown = operator.post("/no-such-command", AuthApi.newAddress());

    assertEquals(200, admitted.status(), admitted::toString);
    assertEquals(404, unknown.status(), unknown::toString);
    assertEquals("{\"message\":\"Not found\",\"code\":\"NOT_FOUND\"}", unknown.body());
  }

  @Test
  void wrongGuessesFromOneAddressAreBackedOffEvenForTheRightCredential() {
    AuthApi.Account user = auth.newAccount("Hammered");
    String address = AuthApi.newAddress();
    OperatorApi guesser = operator.as("it-operator", "guess");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, guesser.revokeSessions(user.id(), address).status());
    }

    HttpResult throttled = operator.revokeSessions(user.id(), address);

    assertEquals(429, throttled.status(), throttled::toString);
    assertEquals(
        "{\"message\":\"Too many requests. Try again later.\",\"code\":\"TOO_MANY_REQUESTS\"}",
        throttled.body());
    assertTrue(throttled.header("Retry-After").isPresent());
    assertEquals(
        5, ((Number) tables.throttle("operator-ip", address).get().get("failures")).intValue());
    assertEquals(200, auth.tasks(user.id(), user.jwt()).status(), "nothing was revoked");
    assertEquals(200, operator.revokeSessions(user.id(), AuthApi.newAddress()).status());
  }
}
