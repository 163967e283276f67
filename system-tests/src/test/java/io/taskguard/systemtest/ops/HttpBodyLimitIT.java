package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Liberty's own bound on request bodies ({@code TASKGUARD_HTTP_MAX_MESSAGE_BYTES}, 2 MiB): it
 * covers the endpoints that read no body at all, where no limit of the APIs' applies.
 */
class HttpBodyLimitIT {

  final TaskApi api = new TaskApi();

  /**
   * The client announces the body and waits for {@code 100 Continue}, as large uploads should: the
   * server refuses it from the announced length, before a byte of it is sent. (Writing the whole
   * body first races the server, which answers 413 and closes the connection while the client still
   * writes: the client then sees a reset, not the answer.)
   */
  @Test
  void aBodyAboveTheServersLimitIsRefused() throws Exception {
    String huge = "x".repeat(3 * 1024 * 1024);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    System.getProperty("taskguard.test.base-url", "http://localhost:9080")
                        + "/api/auth/sign-out"))
            .timeout(Duration.ofSeconds(30))
            .expectContinue(true)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(huge))
            .build();
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(413, answer.statusCode(), () -> answer.statusCode() + " " + answer.headers());
    // Liberty's HTTP channel answers this itself, before the web container: no body, and it closes
    // the connection (specs/bad-input.md)
    assertEquals("0", answer.headers().firstValue("Content-Length").orElse(""), answer::body);
    assertEquals(
        "close", answer.headers().firstValue("Connection").orElse("").toLowerCase(Locale.ROOT));
  }

  @Test
  void aBodyWithinItReachesTheApplication() {
    String large = "x".repeat(1024 * 1024);
    HttpResult answer = api.send("POST", "/api/auth/sign-out", null, "text/plain", large, Map.of());
    // sign-out without a session: the accounts API's own answer (Better Auth's), not Liberty's 413
    assertEquals(400, answer.status(), answer::toString);
    assertEquals("FAILED_TO_GET_SESSION", answer.object().getString("code"));
  }
}
