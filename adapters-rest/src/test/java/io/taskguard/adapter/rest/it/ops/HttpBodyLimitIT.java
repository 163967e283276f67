package io.taskguard.adapter.rest.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.taskguard.adapter.rest.it.support.HttpResult;
import io.taskguard.adapter.rest.it.support.TaskApi;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Liberty's own bound on request bodies ({@code TASKGUARD_HTTP_MAX_MESSAGE_BYTES}, 2 MiB): it
 * covers the endpoints that read no body at all, where no limit of the APIs' applies.
 */
class HttpBodyLimitIT {

  final TaskApi api = new TaskApi();

  @Test
  void aBodyAboveTheServersLimitIsRefused() {
    String huge = "x".repeat(3 * 1024 * 1024);
    HttpResult answer = api.send("POST", "/api/auth/sign-out", null, "text/plain", huge, Map.of());
    assertEquals(413, answer.status(), () -> answer.status() + " " + answer.raw().headers());
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
