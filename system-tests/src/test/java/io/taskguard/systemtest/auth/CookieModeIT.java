package io.taskguard.systemtest.auth;

import static io.taskguard.testsupport.AuthAssertions.assertAuthError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.systemtest.twofactor.Authenticator;
import io.taskguard.systemtest.twofactor.TwoFactorClient;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Better Auth's cookie mode: the signed {@code better-auth.session_token} cookie that sign-up and
 * sign-in set opens the accounts API without a bearer token, {@code rememberMe: false} makes it a
 * browser-session cookie, sign-out clears it, a cookie with a wrong signature is worth nothing, and
 * cross-site calls are refused ({@code Origin}) while bearer calls are not.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CookieModeIT {

  static final String BASE = System.getProperty("taskguard.test.base-url").replaceAll("/+$", "");
  static final String SESSION = "better-auth.session_token";

  final AuthApi auth = new AuthApi();
  final TaskApi http = auth.http();

  /** A browser's cookie jar and its Origin header. */
  final class Browser {
    final Map<String, String> jar = new HashMap<>();
    String origin = BASE;
    HttpResult last;

    HttpResult send(String method, String path, String json) {
      Map<String, String> headers = new HashMap<>();
      if (origin != null) {
        headers.put("Origin", origin);
      }
      if (!jar.isEmpty()) {
        headers.put(
            "Cookie",
            String.join(
                "; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      last = http.send(method, path, null, json == null ? null : TaskApi.JSON, json, headers);
      for (String setCookie : last.headers("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        if (setCookie.contains("Max-Age=0")) {
          jar.remove(name);
        } else {
          jar.put(name, pair.substring(pair.indexOf('=') + 1));
        }
      }
      return last;
    }

    String setCookie(String name) {
      return last.headers("Set-Cookie").stream()
          .filter(c -> c.startsWith(name + "="))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + name + " cookie: " + last));
    }
  }

  HttpResult signUp(Browser browser, String email, String password) {
    return browser.send(
        "POST",
        "/api/auth/sign-up/email",
        AuthApi.json(Map.of("email", email, "password", password, "name", "Cookie")));
  }

  @Test
  void theSessionCookieOpensTheAccountsApiWithoutABearerToken() {
    Browser browser = new Browser();
    HttpResult signedUp = signUp(browser, AuthApi.newEmail("cookie"), AuthApi.newPassword());
    assertEquals(200, signedUp.status(), signedUp::toString);
    String token = signedUp.object().getString("token");
    String cookie = browser.setCookie(SESSION);
    assertTrue(cookie.contains("; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax"), cookie);
    String value = URLDecoder.decode(browser.jar.get(SESSION), StandardCharsets.UTF_8);
    assertTrue(value.startsWith(token + "."), value);

    HttpResult session = browser.send("GET", "/api/auth/get-session", null);
    assertEquals(token, session.object().getJsonObject("session").getString("token"));
    HttpResult jwt = browser.send("GET", "/api/auth/token", null);
    assertEquals(200, jwt.status(), jwt::toString);
    String userId = session.object().getJsonObject("user").getString("id");
    assertEquals(200, http.get(TaskApi.tasks(userId), jwt.object().getString("token")).status());

    HttpResult updated =
        browser.send("POST", "/api/auth/update-user", AuthApi.json(Map.of("name", "Renamed")));
    assertEquals(200, updated.status(), updated::toString);

    HttpResult signedOut = browser.send("POST", "/api/auth/sign-out", "{}");
    assertEquals(200, signedOut.status(), signedOut::toString);
    assertTrue(browser.setCookie(SESSION).contains("Max-Age=0"));
    assertFalse(browser.jar.containsKey(SESSION));
    assertEquals("null", auth.getSession(token).body().strip());
  }

  @Test
  void theCookieOfASessionEndedElsewhereIsClearedByItsRefusal() {
    Browser browser = new Browser();
    String token =
        signUp(browser, AuthApi.newEmail("ended"), AuthApi.newPassword())
            .object()
            .getString("token");
    assertEquals(200, auth.signOut(token, null).status(), "ended from another client");

    HttpResult refused = browser.send("GET", "/api/auth/token", null);

    assertEquals(401, refused.status(), refused::toString);
    assertTrue(browser.setCookie(SESSION).contains("Max-Age=0"), refused::toString);
    assertFalse(browser.jar.containsKey(SESSION));
  }

  @Test
  void aCookieWithAWrongSignatureIsWorthNothing() {
    Browser browser = new Browser();
    HttpResult signedUp = signUp(browser, AuthApi.newEmail("forged"), AuthApi.newPassword());
    String token = signedUp.object().getString("token");

    browser.jar.put(SESSION, token + ".c2lnbmF0dXJl");
    assertEquals("null", browser.send("GET", "/api/auth/get-session", null).body().strip());
    browser.jar.put(SESSION, token);
    assertEquals("null", browser.send("GET", "/api/auth/get-session", null).body().strip());
  }

  @Test
  void rememberMeOffMakesABrowserSessionCookieThatStaysSo() {
    String email = AuthApi.newEmail("forgetful");
    String password = AuthApi.newPassword();
    signUp(new Browser(), email, password);
    Browser browser = new Browser();

    HttpResult signedIn =
        browser.send(
            "POST",
            "/api/auth/sign-in/email",
            AuthApi.json(Map.of("email", email, "password", password, "rememberMe", false)));

    assertEquals(200, signedIn.status(), signedIn::toString);
    String cookie = browser.setCookie(SESSION);
    assertFalse(cookie.contains("Max-Age"), cookie);
    assertFalse(browser.setCookie("better-auth.dont_remember").contains("Max-Age"));
    HttpResult replaced =
        browser.send(
            "POST", "/api/auth/two-factor/enable", AuthApi.json(Map.of("password", password)));
    assertEquals(200, replaced.status(), replaced::toString);
    HttpResult signedOut = browser.send("POST", "/api/auth/sign-out", "{}");
    assertEquals(
        3,
        signedOut.headers("Set-Cookie").stream().filter(c -> c.contains("Max-Age=0")).count(),
        signedOut::toString);
  }

  @Test
  void rememberMeOffHoldsThroughTheSecondFactorAndOnIsRememberedAgain() {
    String email = AuthApi.newEmail("forgetful-2fa");
    String password = AuthApi.newPassword();
    Browser setup = new Browser();
    signUp(setup, email, password);
    AuthApi.Account account =
        new AuthApi.Account(
            setup.last.object().getJsonObject("user").getString("id"),
            email,
            password,
            setup.last.object().getString("token"),
            setup.last.header("set-auth-jwt").orElseThrow(),
            AuthApi.newAddress());
    HttpResult enabled = new TwoFactorClient(auth, account.address()).enrol(account);
    Authenticator app = Authenticator.of(enabled.object().getString("totpURI"));

    Browser browser = new Browser();
    browser.send(
        "POST",
        "/api/auth/sign-in/email",
        AuthApi.json(Map.of("email", email, "password", password, "rememberMe", false)));
    assertTrue(browser.last.object().getBoolean("twoFactorRedirect"));
    assertTrue(browser.jar.containsKey("better-auth.dont_remember"), "kept for the code step");
    HttpResult answered =
        browser.send(
            "POST", "/api/auth/two-factor/verify-totp", AuthApi.json(Map.of("code", app.code(1))));
    assertEquals(200, answered.status(), answered::toString);
    assertFalse(browser.setCookie(SESSION).contains("Max-Age"), "ends with the browser");

    HttpResult remembered =
        browser.send(
            "POST",
            "/api/auth/sign-in/email",
            AuthApi.json(Map.of("email", email, "password", password)));
    assertEquals(200, remembered.status(), remembered::toString);
    assertFalse(browser.jar.containsKey("better-auth.dont_remember"), "rememberMe on clears it");
  }

  @Test
  void crossSiteCallsAreRefusedAndBearerCallsAreNot() {
    Browser browser = new Browser();
    String password = AuthApi.newPassword();
    String email = AuthApi.newEmail("csrf");
    String token = signUp(browser, email, password).object().getString("token");
    String rename = AuthApi.json(Map.of("name", "Evil"));

    browser.origin = "https://evil.example";
    assertAuthError(browser.send("POST", "/api/auth/update-user", rename), 403, "INVALID_ORIGIN");
    assertAuthError(
        browser.send(
            "POST",
            "/api/auth/sign-in/email",
            AuthApi.json(Map.of("email", email, "password", password))),
        403,
        "INVALID_ORIGIN");
    browser.origin = null;
    assertAuthError(
        browser.send("POST", "/api/auth/update-user", rename), 403, "MISSING_OR_NULL_ORIGIN");
    assertEquals(200, browser.send("GET", "/api/auth/get-session", null).status(), "GET is safe");
    assertEquals(
        "Cookie",
        auth.getSession(token).object().getJsonObject("user").getString("name"),
        "nothing changed");

    HttpResult bearer =
        http.send(
            "POST",
            "/api/auth/update-user",
            token,
            TaskApi.JSON,
            rename,
            Map.of("Origin", "https://evil.example"));
    assertEquals(200, bearer.status(), bearer::toString);
    Browser script = new Browser();
    script.origin = null;
    HttpResult noOriginSignIn =
        script.send(
            "POST",
            "/api/auth/sign-in/email",
            AuthApi.json(Map.of("email", email, "password", password)));
    assertEquals(200, noOriginSignIn.status(), "a client without Origin may sign in");
  }
}
