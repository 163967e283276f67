package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The audit trail of one account's life, read from {@code audit_events}: who, from where and when
 * for sign-up, failed and throttled sign-ins, sign-in and sign-out; and no password, token, JWT or
 * hash anywhere in that table or in {@code auth_throttle}.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthAuditIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  /** One expected row: event, user id (null for none) and client address. */
  record Event(String event, String userId, String address) {
    static Event of(Map<String, Object> row) {
      return new Event(
          (String) row.get("event"),
          (String) row.get("user_id"),
          (String) row.get("client_address"));
    }
  }

  @Test
  void everyStepIsRecordedWithUserAndAddressAndNoSecret() {
    Instant start = Instant.now().minusSeconds(2);
    String email = AuthApi.newEmail("audited");
    String password = AuthApi.newPassword();
    String signUpFrom = AuthApi.newAddress();
    HttpResult signedUp = auth.signUp(email, password, "Audited", signUpFrom);
    String id = signedUp.object().getJsonObject("user").getString("id");
    String attacker = AuthApi.newAddress();
    List<String> wrongPasswords = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      wrongPasswords.add("Guessed-password-" + i + "-" + id);
      assertEquals(401, auth.signIn(email, wrongPasswords.get(i), attacker).status());
    }
    assertEquals(429, auth.signIn(email, password, attacker).status());
    String device = AuthApi.newAddress();
    HttpResult signedIn = auth.signIn(email, password, device);
    String token = signedIn.object().getString("token");
    assertEquals(200, auth.signOut(token, device).status());

    List<Map<String, Object>> rows = db.auditEvents(id, attacker);
    List<Event> expected = new ArrayList<>();
    expected.add(new Event("SIGN_UP", id, signUpFrom));
    for (int i = 0; i < 5; i++) {
      expected.add(new Event("SIGN_IN_FAILED", id, attacker));
    }
    expected.add(new Event("THROTTLED", null, attacker));
    expected.add(new Event("SIGN_IN", id, device));
    expected.add(new Event("SIGN_OUT", id, device));
    assertEquals(expected, rows.stream().map(Event::of).toList());
    for (Map<String, Object> row : rows) {
      Instant at = (Instant) row.get("occurred_at");
      assertTrue(at.isAfter(start) && at.isBefore(Instant.now().plusSeconds(2)), row::toString);
    }

    List<String> secrets = new ArrayList<>(wrongPasswords);
    secrets.add(password);
    secrets.add(signedUp.object().getString("token"));
    secrets.add(token);
    secrets.add(signedUp.header("set-auth-jwt").orElseThrow());
    secrets.add(signedIn.header("set-auth-jwt").orElseThrow());
    secrets.add((String) db.user(email).orElseThrow().get("password_hash"));
    for (String table : List.of("audit_events", "auth_throttle")) {
      for (String row : db.allRowsAsText(table)) {
        for (String secret : secrets) {
          assertFalse(row.contains(secret), () -> table + " holds a secret: " + row);
        }
      }
    }
  }

  @Test
  void aFailureForAnUnknownEmailIsRecordedWithoutAUser() {
    String address = AuthApi.newAddress();
    assertEquals(
        401, auth.signIn(AuthApi.newEmail("ghost"), AuthApi.newPassword(), address).status());

    List<Event> rows = db.auditEvents(null, address).stream().map(Event::of).toList();

    assertEquals(List.of(new Event("SIGN_IN_FAILED", null, address)), rows);
  }
}
