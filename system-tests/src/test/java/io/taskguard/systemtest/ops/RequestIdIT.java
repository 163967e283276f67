package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.ServerLog;
import io.taskguard.testsupport.TaskApi;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer carries an {@code X-Request-Id}: the load balancer's when it is well formed, a new
 * UUID otherwise; and the log lines of that request (the audit line, the access log) carry it too,
 * in Liberty's JSON log as {@code ext_requestId}, without the password that was sent.
 */
class RequestIdIT {

  private static final String HEADER = "X-Request-Id";

  private static final Pattern UUID_SHAPE =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  final TaskApi api = new TaskApi();
  final AuthApi auth = new AuthApi(api);

  @Test
  void anIdIsGeneratedForEveryRequestWithoutOne() {
    String first = id(api.get("/api/auth/ok", null));
    String second = id(api.get("/api/auth/ok", null));
    assertTrue(UUID_SHAPE.matcher(first).matches(), first);
    assertTrue(UUID_SHAPE.matcher(second).matches(), second);
    assertNotEquals(first, second);
    // also on pages, on refusals of the container and on unknown paths
    assertTrue(UUID_SHAPE.matcher(id(api.get("/index.html", null))).matches());
    HttpResult refused = api.get(TaskApi.tasks(UUID.randomUUID().toString()), "not-a-jwt");
    assertEquals(401, refused.status());
    assertTrue(UUID_SHAPE.matcher(id(refused)).matches(), refused::toString);
    assertTrue(UUID_SHAPE.matcher(id(api.get("/api/nothing-here", null))).matches());
  }

  @ParameterizedTest
  @ValueSource(strings = {"lb-4f1c2a9e", "0123456789abcdef0123456789abcdef", "Root.1-67a:b_c-d"})
  void aWellFormedIncomingIdIsKept(String incoming) {
    assertEquals(incoming, id(withId("/api/auth/ok", incoming)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"short", "has space inside", "quote\"inside", "semi;colon-12345", ""})
  void anyOtherIncomingIdIsReplaced(String incoming) {
    String answered = id(withId("/api/auth/ok", incoming));
    assertTrue(UUID_SHAPE.matcher(answered).matches(), answered);
  }

  @Test
  void aTooLongIncomingIdIsReplaced() {
    String answered = id(withId("/api/auth/ok", "a".repeat(129)));
    assertTrue(UUID_SHAPE.matcher(answered).matches(), answered);
    assertEquals("b".repeat(128), id(withId("/api/auth/ok", "b".repeat(128))));
  }

  @Test
  void theLogLinesOfARequestCarryItsId() throws Exception {
    String requestId = "it-" + UUID.randomUUID();
    String email = AuthApi.newEmail("logged");
    String password = AuthApi.newPassword();
    HttpResult signedUp =
        api.send(
            "POST",
            "/api/auth/sign-up/email",
            null,
            TaskApi.JSON,
            AuthApi.json(Map.of("email", email, "password", password, "name", "Logged")),
            Map.of(HEADER, requestId, "X-Forwarded-For", AuthApi.newAddress()));
    assertEquals(200, signedUp.status(), signedUp::toString);
    assertEquals(requestId, id(signedUp));
    String userId = signedUp.object().getJsonObject("user").getString("id");

    ServerLog log = ServerLog.ofTestServer();
    List<JsonObject> audit =
        log.await(
            r ->
                requestId.equals(r.getString("ext_requestId", null))
                    && "io.taskguard.audit".equals(r.getString("module", null))
                    && r.getString("message", "").contains("event=SIGN_UP"),
            1);
    assertEquals(1, audit.size(), audit::toString);
    assertEquals("liberty_message", audit.get(0).getString("type"));
    assertEquals("INFO", audit.get(0).getString("loglevel"));
    String message = audit.get(0).getString("message");
    assertTrue(message.contains("user=" + userId), message);

    ServerLog console = ServerLog.consoleOfTestServer();
    List<JsonObject> access =
        console.await(
            r ->
                "liberty_accesslog".equals(r.getString("type", null))
                    && requestId.equals(r.getString("ibm_responseHeader_x-request-id", null)),
            1);
    assertEquals(1, access.size(), access::toString);
    assertEquals(200, access.get(0).getInt("ibm_responseCode"));
    assertEquals("/api/auth/sign-up/email", access.get(0).getString("ibm_uriPath"));
    assertEquals("POST", access.get(0).getString("ibm_requestMethod"));

    Path accessLog =
        Path.of(System.getProperty("taskguard.test.server.dir"), "logs", "http_access.log");
    assertTrue(
        Files.readAllLines(accessLog).stream()
            .anyMatch(line -> line.contains("/api/auth/sign-up/email") && line.endsWith(requestId)),
        "http_access.log has no line for " + requestId);

    List<JsonObject> messages = log.records();
    assertTrue(
        messages.stream().noneMatch(r -> "liberty_accesslog".equals(r.getString("type", null))),
        "messages.log holds access log records; they belong to the console and http_access.log");

    List<JsonObject> both = new ArrayList<>(messages);
    both.addAll(console.records());
    for (JsonObject record : both) {
      String text = record.toString();
      assertFalse(text.contains(password), "a log line holds the password: " + text);
      assertFalse(text.contains(signedUp.object().getString("token")), "a log line holds a token");
    }
  }

  private HttpResult withId(String path, String requestId) {
    return api.send("GET", path, null, null, null, Map.of(HEADER, requestId));
  }

  private static String id(HttpResult answer) {
    return answer
        .header(HEADER)
        .orElseThrow(() -> new AssertionError("no X-Request-Id: " + answer));
  }
}
