package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static io.taskguard.testsupport.AuthAssertions.assertUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Jwts;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sign-in on a real server: the answer Better Auth clients read, a new session per sign-in, the
 * upgrade of a weaker stored hash, and failures that do not tell an unknown email from a wrong
 * password in the answer (nor in the time it takes: {@link AuthSignInTimingIT}).
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class AuthSignInIT {

  final AuthApi auth = new AuthApi();
  final AuthTables db = new AuthTables();

  @Test
  void answersRedirectFalseTheUserAndANewSession() {
    AuthApi.Account account = auth.newAccount("SignIn");
    String address = AuthApi.newAddress();

    HttpResult answer =
        auth.signIn("  " + account.email().toUpperCase() + " ", account.password(), address);

    assertEquals(200, answer.status(), answer::toString);
    JsonObject body = answer.object();
    assertEquals(List.of("redirect", "token", "user"), body.keySet().stream().sorted().toList());
    assertEquals(JsonValue.FALSE, body.get("redirect"));
    String token = body.getString("token");
    assertTrue(AuthSignUpIT.SESSION_TOKEN.matcher(token).matches(), token);
    assertNotEquals(account.sessionToken(), token, "each sign-in is a session of its own");
    assertEquals(token, answer.header("set-auth-token").orElse(null));
    assertUser(body.getJsonObject("user"), account.id(), account.email(), "SignIn");

    JsonObject claims = Jwts.payload(answer.header("set-auth-jwt").orElseThrow());
    assertEquals(account.id(), claims.getString("sub"));
    Map<String, Object> session = db.session(claims.getString("sid")).orElseThrow();
    assertEquals(address, session.get("ip_address"));
    assertEquals(2, db.sessionsOf(account.id()).size());
    assertEquals(200, auth.tasks(account.id(), answer.header("set-auth-jwt").get()).status());
  }

  @Test
  void betterAuthExtrasAreAcceptedAndIgnored() {
    AuthApi.Account account = auth.newAccount("Extras");
    String body =
        AuthApi.json(
            Map.of(
                "email",
                account.email(),
                "password",
                account.password(),
                "rememberMe",
                true,
                "callbackURL",
                "/dashboard"));

    HttpResult answer = auth.post("/api/auth/sign-in/email", null, body, AuthApi.newAddress());

    assertEquals(200, answer.status(), answer::toString);
    assertEquals(JsonValue.FALSE, answer.object().get("redirect"));
  }

  /** A hash made with weaker parameters than today's is replaced at the next successful sign-in. */
  @Test
  void aWeakerHashIsUpgradedAtTheNextSignIn() {
    String email = AuthApi.newEmail("legacy");
    String password = AuthApi.newPassword();
    String id = UUID.randomUUID().toString();
    Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
    String weak = argon2.hash(1, 4096, 1, password.toCharArray());
    assertTrue(weak.startsWith("$argon2id$v=19$m=4096,t=1,p=1$"), weak);
    Timestamp now = Timestamp.from(Instant.now());
    db.update(
        "INSERT INTO users (id, email, name, email_verified, image, password_hash, created_at,"
            + " updated_at) VALUES (?, ?, 'Legacy', false, NULL, ?, ?, ?)",
        id,
        email,
        weak,
        now,
        now);

    HttpResult signedIn = auth.signIn(email, password, AuthApi.newAddress());

    assertEquals(200, signedIn.status(), signedIn::toString);
    String upgraded = (String) db.user(email).orElseThrow().get("password_hash");
    AuthSignUpIT.assertArgon2id(upgraded);
    assertEquals(200, auth.signIn(email, password, AuthApi.newAddress()).status());
    assertEquals(401, auth.signIn(email, password + "x", AuthApi.newAddress()).status());
  }

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameAnswer() {
    AuthApi.Account account = auth.newAccount("Twins");

    HttpResult wrongPassword =
        auth.signIn(account.email(), account.password() + "!", AuthApi.newAddress());
    HttpResult unknownEmail =
        auth.signIn(AuthApi.newEmail("nobody"), account.password(), AuthApi.newAddress());

    assertAuthError(wrongPassword, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
    assertAuthError(unknownEmail, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
    assertEquals(wrongPassword.body(), unknownEmail.body());
    assertEquals(headersButDate(wrongPassword), headersButDate(unknownEmail));
    assertEquals(1, db.sessionsOf(account.id()).size(), "no session for a failed sign-in");
  }

  @Test
  void aPasswordLongerThan128CharactersIsJustAFailure() {
    AuthApi.Account account = auth.newAccount("LongTry");
    HttpResult answer = auth.signIn(account.email(), "x".repeat(5000), AuthApi.newAddress());
    assertAuthError(answer, 401, "Invalid email or password", "INVALID_EMAIL_OR_PASSWORD");
  }

  @Test
  void anInvalidEmailIs400AndSaysNothingAboutAccounts() {
    HttpResult answer = auth.signIn("not-an-email", "whatever password", AuthApi.newAddress());
    assertAuthError(answer, 400, "Invalid email", "INVALID_EMAIL");
  }

  private static Map<String, List<String>> headersButDate(HttpResult answer) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(answer.raw().headers().map());
    headers.remove("date");
    headers.remove("x-request-id"); // each request's own id
    return headers;
  }
}
