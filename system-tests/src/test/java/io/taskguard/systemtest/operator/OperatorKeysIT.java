package io.taskguard.systemtest.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import io.taskguard.testsupport.OperatorApi;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.TestUser;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The operator's key commands over HTTP: rotate now (a new key signs at once, the JWKS lists old
 * and new, old tokens stay valid) and withdraw (the key's tokens are refused at once), each
 * answered with what it did and recorded in the audit trail.
 */
class OperatorKeysIT {

  private final TaskApi api = new TaskApi();
  private final OperatorApi operator = new OperatorApi();
  private final AuthTables tables = new AuthTables();

  @Test
  void rotateNowSignsWithANewKeyWhileTheOldKeysTokensStayValid() throws Exception {
    TestUser before = api.signUp("before-operator-rotation");
    String oldKid = kid(before.jwt());
    String address = AuthApi.newAddress();

    HttpResult rotated = operator.rotate(address);

    assertEquals(200, rotated.status(), rotated::toString);
    assertEquals(Set.of("newKid"), rotated.object().keySet());
    assertEquals("no-store", rotated.header("Cache-Control").orElse(""));
    String newKid = rotated.object().getString("newKid");
    assertNotEquals(oldKid, newKid);
    assertTrue(publishedKids().containsAll(Set.of(oldKid, newKid)), publishedKids()::toString);
    TestUser after = api.signUp("after-operator-rotation");
    assertEquals(newKid, kid(after.jwt()));
    Jwts.verify(after.jwt(), Jwts.keySet(base() + "/api/auth/jwks"), base(), "taskguard");
    assertEquals(200, api.get(TaskApi.tasks(after.id()), after.jwt()).status());
    assertEquals(200, api.get(TaskApi.tasks(before.id()), before.jwt()).status());
    Map<String, Object> row =
        tables.rows("SELECT signs_until FROM signing_keys WHERE kid = ?", oldKid).get(0);
    assertFalse(((Instant) row.get("signs_until")).isAfter(Instant.now()), "old key still signs");
    assertEquals(List.of("OPERATOR_KEY_ROTATED"), events(address));
  }

  @Test
  void aWithdrawnKeysTokensAreRefusedAndItLeavesTheJwks() {
    TestUser user = api.signUp("operator-withdrawn");
    String kid = kid(user.jwt());
    String address = AuthApi.newAddress();

    HttpResult withdrawn = operator.withdraw(kid, address);

    assertEquals(200, withdrawn.status(), withdrawn::toString);
    assertEquals(kid, withdrawn.object().getString("withdrawnKid"));
    HttpResult refused = api.get(TaskApi.tasks(user.id()), user.jwt());
    assertEquals(401, refused.status(), refused::toString);
    assertEquals("{\"detail\":\"Not authenticated\"}", refused.body());
    assertFalse(publishedKids().contains(kid));
    TestUser next = api.signUp("after-operator-withdrawal");
    assertNotEquals(kid, kid(next.jwt()));
    assertEquals(200, api.get(TaskApi.tasks(next.id()), next.jwt()).status());
    Map<String, Object> row =
        tables.rows("SELECT published_until FROM signing_keys WHERE kid = ?", kid).get(0);
    assertFalse(((Instant) row.get("published_until")).isAfter(Instant.now()));
    assertEquals(List.of("OPERATOR_KEY_WITHDRAWN"), events(address));

    HttpResult again = operator.withdraw(kid, address);
    assertEquals(404, again.status(), again::toString);
    assertEquals(
        "{\"message\":\"Signing key not found\",\"code\":\"KEY_NOT_FOUND\"}", again.body());
    assertEquals(List.of("OPERATOR_KEY_WITHDRAWN"), events(address), "a refusal changes nothing");
  }

  private List<String> events(String address) {
    return tables.auditEvents(null, address).stream()
        .map(row -> (String) row.get("event"))
        .toList();
  }

  private static Set<String> publishedKids() {
    JsonObject jwks = Jwts.fetchJson(base() + "/api/auth/jwks");
    return jwks.getJsonArray("keys").getValuesAs(JsonObject.class).stream()
        .map(key -> key.getString("kid"))
        .collect(Collectors.toSet());
  }

  static String kid(String jwt) {
    return Jwts.header(jwt).getString("kid");
  }

  private static String base() {
    return System.getProperty("taskguard.test.base-url");
  }
}
