package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CORS for the one origin the test server allows ({@code TASKGUARD_CORS_ORIGINS}): its requests may
 * read the Better Auth headers, its preflights are answered before authentication; any other origin
 * gets no CORS header at all.
 */
class CorsIT {

  private static final String ALLOWED = System.getProperty("taskguard.test.cors.origin");
  private static final String OTHER = "https://evil.example.test";

  final TaskApi api = new TaskApi();
  final AuthApi auth = new AuthApi(api);

  @Test
  void anAllowedOriginMayReadTheTokenHeaders() {
    String email = AuthApi.newEmail("cors");
    HttpResult answer =
        api.send(
            "POST",
            "/api/auth/sign-up/email",
            null,
            TaskApi.JSON,
            AuthApi.json(Map.of("email", email, "password", AuthApi.newPassword(), "name", "C")),
            Map.of("Origin", ALLOWED, "X-Forwarded-For", AuthApi.newAddress()));
    assertEquals(200, answer.status(), answer::toString);
    assertEquals(ALLOWED, answer.header("Access-Control-Allow-Origin").orElse(null));
    List<String> exposed = exposed(answer);
    for (String header :
        List.of(
            "set-auth-token", "set-auth-jwt", "x-request-id", "link", "etag", "x-total-count")) {
      assertTrue(exposed.contains(header), exposed::toString);
    }
    assertTrue(answer.header("set-auth-jwt").isPresent());
    assertTrue(answer.headers("Vary").stream().anyMatch(v -> v.contains("Origin")));
    assertTrue(answer.header("Access-Control-Allow-Credentials").isEmpty());
  }

  @Test
  void anotherOriginGetsNoCorsHeaders() {
    HttpResult answer = api.send("GET", "/api/auth/ok", null, null, null, Map.of("Origin", OTHER));
    assertEquals(200, answer.status());
    assertNoCors(answer);
    HttpResult noOrigin = api.get("/api/auth/ok", null);
    assertNoCors(noOrigin);
  }

  @Test
  void anAllowedPreflightIsAnsweredBeforeAuthentication() {
    AuthApi.Account account = auth.newAccount("Preflight");
    HttpResult preflight = preflight(TaskApi.tasks(account.id()), ALLOWED, "PATCH");
    assertEquals(204, preflight.status(), preflight::toString);
    assertEquals(ALLOWED, preflight.header("Access-Control-Allow-Origin").orElse(null));
    String methods = preflight.header("Access-Control-Allow-Methods").orElse("");
    assertTrue(methods.contains("PATCH") && methods.contains("DELETE"), methods);
    String headers = preflight.header("Access-Control-Allow-Headers").orElse("").toLowerCase();
    assertTrue(headers.contains("authorization") && headers.contains("if-match"), headers);
    assertEquals("600", preflight.header("Access-Control-Max-Age").orElse(null));
    assertTrue(preflight.header("Access-Control-Allow-Credentials").isEmpty());

    HttpResult call =
        api.send(
            "GET",
            TaskApi.tasks(account.id()),
            account.jwt(),
            null,
            null,
            Map.of("Origin", ALLOWED));
    assertEquals(200, call.status());
    assertEquals(ALLOWED, call.header("Access-Control-Allow-Origin").orElse(null));
  }

  @Test
  void aPreflightFromAnotherOriginIsRefused() {
    HttpResult preflight = preflight("/api/auth/sign-in/email", OTHER, "POST");
    assertEquals(403, preflight.status(), preflight::toString);
    assertNoCors(preflight);
    HttpResult lookalike = preflight("/api/auth/sign-in/email", ALLOWED + ".evil.test", "POST");
    assertEquals(403, lookalike.status());
    assertNoCors(lookalike);
  }

  private HttpResult preflight(String path, String origin, String method) {
    return api.send(
        "OPTIONS",
        path,
        null,
        null,
        null,
        Map.of(
            "Origin", origin,
            "Access-Control-Request-Method", method,
            "Access-Control-Request-Headers", "authorization, content-type"));
  }

  private static List<String> exposed(HttpResult answer) {
    return List.of(
        answer
            .header("Access-Control-Expose-Headers")
            .orElse("")
            .toLowerCase()
            .replace(" ", "")
            .split(","));
  }

  private static void assertNoCors(HttpResult answer) {
    answer
        .raw()
        .headers()
        .map()
        .keySet()
        .forEach(
            name ->
                assertFalse(name.toLowerCase().startsWith("access-control-"), answer::toString));
  }
}
