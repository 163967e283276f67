package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/auth/password-check} gives the verdict the password rules give when the password
 * is set: the same code as sign-up's refusal, the estimator's score and its reason, the account's
 * own words counted against it; the check stores nothing.
 */
class PasswordCheckIT {

  static final String PATH = "/api/auth/password-check";
  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  private JsonObject check(Map<String, String> fields) {
    HttpResult answer = auth.post(PATH, null, AuthApi.json(fields), AuthApi.newAddress());
    assertEquals(200, answer.status(), answer::toString);
    assertEquals("no-store", answer.header("Cache-Control").orElse(null), answer::toString);
    return answer.object();
  }

  @Test
  void aWeakPasswordGetsTheRefusalSignUpGives() {
    JsonObject verdict = check(Map.of("password", "aaaaaaab"));
    assertFalse(verdict.getBoolean("acceptable"));
    assertEquals(1, verdict.getInt("score"));
    assertEquals(2, verdict.getInt("minimumScore"));
    assertEquals("PASSWORD_TOO_WEAK", verdict.getString("code"));
    assertFalse(verdict.getString("warning").isEmpty(), verdict::toString);

    String email = AuthApi.newEmail("weak");
    HttpResult signUp = auth.signUp(email, "aaaaaaab", "Weak", AuthApi.newAddress());
    assertAuthError(signUp, 400, verdict.getString("message"), "PASSWORD_TOO_WEAK");
    assertEquals(0, db.usersWithEmail(email), "nothing is written");

    assertEquals("PASSWORD_TOO_COMMON", check(Map.of("password", "password123")).getString("code"));
    assertEquals("PASSWORD_TOO_SHORT", check(Map.of("password", "Q7#vK2!")).getString("code"));
  }

  @Test
  void theAccountsOwnNameAndEmailCountAgainstThePassword() {
    JsonObject alone = check(Map.of("password", "Lovelace1815"));
    assertTrue(alone.getBoolean("acceptable"), alone::toString);
    assertTrue(alone.isNull("code"), alone::toString);

    String email = AuthApi.newEmail("lovelace");
    JsonObject own =
        check(Map.of("password", "Lovelace1815", "email", email, "name", "Ada Lovelace"));
    assertFalse(own.getBoolean("acceptable"), own::toString);
    assertEquals("PASSWORD_TOO_WEAK", own.getString("code"));

    HttpResult signUp = auth.signUp(email, "Lovelace1815", "Ada Lovelace", AuthApi.newAddress());
    assertAuthError(signUp, 400, "PASSWORD_TOO_WEAK");
    assertEquals(0, db.usersWithEmail(email));
  }

  @Test
  void aStrongPasswordIsAcceptedAndMalformedRequestsAreRefused() {
    JsonObject strong = check(Map.of("password", AuthApi.newPassword()));
    assertTrue(strong.getBoolean("acceptable"));
    assertEquals(4, strong.getInt("score"));
    assertTrue(strong.isNull("message"));

    assertAuthError(
        auth.post(PATH, null, "{}", AuthApi.newAddress()),
        400,
        "Field 'password' is required",
        "VALIDATION_ERROR");
    assertEquals(400, auth.post(PATH, null, "not json", AuthApi.newAddress()).status());
  }
}
