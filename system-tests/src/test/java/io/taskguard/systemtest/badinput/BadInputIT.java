package io.taskguard.systemtest.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input suite: well over a hundred malformed requests spread over every endpoint (tables in
 * {@link TaskApiCases} and {@link AuthApiCases}). Each must be answered within 10 s with the
 * expected 4xx and the JSON error body of the API addressed, never a 5xx or a page, and must leave
 * the users, sessions and tasks tables exactly as they were, but for a session's last use: a
 * request made with the session is a use of it, recorded at most once a minute, so a case that
 * falls a minute after the last record writes one (specs/data-model.md). The requests Liberty
 * refuses before taskguard sees them are marked as such in the tables and must get exactly
 * Liberty's answer that specs/bad-input.md names; those no HTTP client can send are written byte
 * for byte ({@link HttpChannelCases}).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BadInputIT {

  static final List<String> TABLES = List.of("users", "sessions", "tasks");
  static final List<String> STACK_TRACES = List.of("Exception", "at com.", "at io.", "at java.");
  static final List<String> PAGES = List.of("SQL", "<html", "<H1>", "jakarta.");

  static final AuthTables db = new AuthTables();
  static Wire wire;

  @BeforeAll
  static void anAccountWithATask() {
    AuthApi auth = new AuthApi();
    AuthApi.Account me = auth.newAccount("BadInput");
    HttpResult task =
        auth.http().post(TaskApi.tasks(me.id()), me.jwt(), "{\"title\":\"the fixture\"}");
    assertEquals(201, task.status(), task::toString);
    wire =
        new Wire(
            System.getProperty("taskguard.test.base-url", "http://localhost:9080"),
            Map.of(
                "{me}", me.id(),
                "{task}", task.object().getJsonNumber("id").toString(),
                "{session}", me.sessionToken(),
                "{jwt}", me.jwt()));
  }

  static Stream<BadRequest> cases() {
    return Stream.concat(TaskApiCases.all(), AuthApiCases.all());
  }

  @Test
  void theTableHoldsAtLeast100RequestsOverEveryEndpoint() {
    List<BadRequest> all = cases().toList();
    assertTrue(all.size() >= 100, () -> all.size() + " cases");
    Set<String> endpoints =
        Set.of(
            "/api/auth/sign-up/email",
            "/api/auth/sign-in/email",
            "/api/auth/sign-out",
            "/api/auth/get-session",
            "/api/auth/token",
            "/api/auth/jwks",
            "/api/auth/list-sessions",
            "/api/auth/revoke-session",
            "/api/auth/revoke-other-sessions",
            "/api/auth/ok",
            "/.well-known/openid-configuration");
    for (String endpoint : endpoints) {
      assertTrue(all.stream().anyMatch(c -> c.path.startsWith(endpoint)), endpoint);
    }
    for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
      assertTrue(
          all.stream().anyMatch(c -> c.isTaskApi() && c.method.equals(method)), "tasks " + method);
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void isRefusedWithJsonAndChangesNothing(BadRequest request) throws Exception {
    List<String> before = fingerprints();

    Wire.Answer answer = wire.send(request);

    assertEquals(request.status, answer.status(), () -> request + " -> " + answer);
    assertNoneIn(answer, STACK_TRACES);
    if (request.byLiberty) {
      assertLibertysOwn(request.libertyBody(), answer);
    } else {
      assertNoneIn(answer, PAGES);
      assertJsonError(request, answer);
    }
    assertEquals(before, fingerprints(), () -> "the database changed after " + request);
  }

  /**
   * What no HTTP client sends (a malformed request line or header, too many or too large fields, a
   * declared body above the server's bound) is refused by Liberty's HTTP channel with the status
   * specs/bad-input.md names and no body, within 10 s, and changes nothing.
   */
  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("io.taskguard.systemtest.badinput.HttpChannelCases#all")
  void malformedHttpIsRefusedByTheHttpChannel(HttpChannelCases.RawRequest request)
      throws Exception {
    List<String> before = fingerprints();

    Wire.Answer answer = wire.sendBytes(request.bytes());

    assertEquals(request.status(), answer.status(), () -> request + " -> " + answer);
    assertLibertysOwn("", answer);
    assertEquals("", answer.contentType(), answer::toString);
    assertEquals(before, fingerprints(), () -> "the database changed after " + request);
  }

  /**
   * OPTIONS without CORS is answered with 204, the methods in {@code Allow} and no body, on both
   * APIs, the discovery document and the web UI's page.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/auth/get-session",
        "/api/users/1/tasks",
        "/.well-known/openid-configuration",
        "/"
      })
  void optionsIsAnsweredWithAllowAndNoBody(String path) {
    HttpResult answer = new TaskApi().send("OPTIONS", path, null, null, null, Map.of());
    assertEquals(204, answer.status(), answer::toString);
    assertTrue(answer.header("Allow").orElse("").contains("GET"), answer::toString);
    assertEquals("", answer.body(), answer::toString);
  }

  /** Liberty's own answer: a body starting with {@code start}, or none at all when it is "". */
  private static void assertLibertysOwn(String start, Wire.Answer answer) {
    assertNoneIn(answer, STACK_TRACES);
    if (start.isEmpty()) {
      assertEquals("", answer.body(), answer::toString);
    } else {
      assertTrue(answer.body().startsWith(start), answer::toString);
    }
  }

  private static void assertNoneIn(Wire.Answer answer, List<String> leaks) {
    leaks.forEach(
        leak ->
            assertFalse(
                answer.body().contains(leak), () -> "leaks '" + leak + "': " + answer.body()));
  }

  private static void assertJsonError(BadRequest request, Wire.Answer answer) {
    assertTrue(answer.contentType().startsWith("application/json"), answer::toString);
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      body = reader.readObject();
    }
    if (request.isTaskApi()) {
      assertEquals(Set.of("detail"), body.keySet(), answer::toString);
      assertEquals(request.expected, body.getString("detail"), answer::toString);
    } else {
      assertEquals(Set.of("message", "code"), body.keySet(), answer::toString);
      assertEquals(request.expected, body.getString("code"), answer::toString);
      assertFalse(body.getString("message").isBlank(), answer::toString);
    }
  }

  private static List<String> fingerprints() {
    return TABLES.stream()
        .map(
            table ->
                table.equals("sessions")
                    ? db.fingerprint(table, "updated_at")
                    : db.fingerprint(table))
        .toList();
  }
}
