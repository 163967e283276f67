package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static io.taskguard.testsupport.AuthAssertions.assertInstant;
import static io.taskguard.testsupport.AuthAssertions.assertUser;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sign-up on a real server and database: the answer Better Auth clients read (body and headers),
 * and what was stored: the normalised email, an argon2id hash at the OWASP parameters and nothing
 * else of the password, a session whose token is kept only as its SHA-256.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSignUpIT {

  static final Pattern SESSION_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  static final Pattern ARGON2ID =
      Pattern.compile("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @Test
  void answersTheUserASessionTokenAndAJwtAndStoresTheNormalisedAccount() throws Exception {
    String email = AuthApi.newEmail("Mixed.Case");
    String typed = "  " + email.toUpperCase().replace("@EXAMPLE.TEST", "@Example.Test") + "\t ";
    String password = AuthApi.newPassword();
    String address = AuthApi.newAddress();
    HttpResult answer =
        auth.http()
            .send(
                "POST",
                "/api/auth/sign-up/email",
                null,
                TaskApi.JSON,
                AuthApi.json(Map.of("email", typed, "password", password, "name", "Ann Example")),
                Map.of("X-Forwarded-For", address, "User-Agent", "sign-up-test/1.0"));

    assertEquals(200, answer.status(), answer::toString);
    assertTrue(answer.header("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("no-store", answer.header("Cache-Control").orElse(""), answer::toString);
    JsonObject body = answer.object();
    assertEquals(List.of("token", "user"), List.copyOf(body.keySet()).stream().sorted().toList());
    String token = body.getString("token");
    assertTrue(SESSION_TOKEN.matcher(token).matches(), token);
    assertEquals(token, answer.header("set-auth-token").orElse(null));
    JsonObject user = body.getJsonObject("user");
    assertUser(user, null, email, "Ann Example");
    String id = user.getString("id");
    assertEquals(id, UUID.fromString(id).toString());
    assertEquals(user.getString("createdAt"), user.getString("updatedAt"));

    Map<String, Object> row = db.user(email).orElseThrow();
    assertEquals(id, row.get("id"));
    assertEquals("Ann Example", row.get("name"));
    assertEquals(false, row.get("email_verified"));
    assertNull(row.get("image"));
    assertEquals(
        assertInstant(user, "createdAt"),
        ((Instant) row.get("created_at")).truncatedTo(ChronoUnit.MILLIS));
    assertArgon2id((String) row.get("password_hash"));
    String userRow =
        db.rows("SELECT u::text AS r FROM users u WHERE id = ?", id).get(0).get("r").toString();
    assertFalse(userRow.contains(password), "the password is stored only as its hash");

    JsonObject claims = Jwts.payload(answer.header("set-auth-jwt").orElseThrow());
    assertEquals(id, claims.getString("sub"));
    Map<String, Object> session = db.session(claims.getString("sid")).orElseThrow();
    assertEquals(id, session.get("user_id"));
    assertArrayEquals(sha256(token), (byte[]) session.get("token_hash"));
    assertEquals(address, session.get("ip_address"));
    assertEquals("sign-up-test/1.0", session.get("user_agent"));
    assertNull(session.get("revoked_at"));
    assertEquals(
        Duration.ofDays(7),
        Duration.between((Instant) session.get("created_at"), (Instant) session.get("expires_at")));
    assertTrue(
        db.allRowsAsText("sessions").stream().noneMatch(r -> r.contains(token)),
        "the session token is stored only as its hash");
  }

  @Test
  void anEmailAlreadyTakenInAnyLetterCaseIsRefusedAndNothingChanges() {
    AuthApi.Account first = auth.newAccount("Taken");
    String hashBefore = (String) db.user(first.email()).orElseThrow().get("password_hash");

    HttpResult again =
        auth.signUp(
            " " + first.email().toUpperCase() + " ",
            AuthApi.newPassword(),
            "Impostor",
            AuthApi.newAddress());

    assertAuthError(
        again,
        422,
        "User already exists. Use another email.",
        "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL");
    assertEquals(1, db.usersWithEmail(first.email()));
    Map<String, Object> row = db.user(first.email()).orElseThrow();
    assertEquals(first.id(), row.get("id"));
    assertEquals("Taken", row.get("name"));
    assertEquals(hashBefore, row.get("password_hash"));
    assertEquals(1, db.sessionsOf(first.id()).size(), "no session for the refused sign-up");
  }

  @Test
  void betterAuthExtrasAreAcceptedAndTheImageIsKept() {
    String email = AuthApi.newEmail("extras");
    String body =
        "{\"email\":\""
            + email
            + "\",\"password\":\""
            + AuthApi.newPassword()
            + "\","
            + "\"name\":\"Extra\",\"image\":\"https://img.example.test/a.png\","
            + "\"callbackURL\":\"/dashboard\",\"rememberMe\":true,\"unknownField\":{\"x\":[1,2]}}";

    HttpResult answer = auth.post("/api/auth/sign-up/email", null, body, AuthApi.newAddress());

    assertEquals(200, answer.status(), answer::toString);
    JsonObject user = answer.object().getJsonObject("user");
    assertEquals("https://img.example.test/a.png", user.getString("image"));
    assertEquals(
        "https://img.example.test/a.png",
        Jwts.payload(answer.header("set-auth-jwt").orElseThrow()).getString("image"));
    assertEquals("https://img.example.test/a.png", db.user(email).orElseThrow().get("image"));
  }

  static void assertArgon2id(String phc) {
    Matcher parts = ARGON2ID.matcher(phc);
    assertTrue(parts.matches(), phc);
    assertEquals(16, Base64.getDecoder().decode(parts.group(1)).length, "salt bytes");
    assertEquals(32, Base64.getDecoder().decode(parts.group(2)).length, "hash bytes");
  }

  static byte[] sha256(String token) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
  }
}
