package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The started server reports itself ready and describes its API. */
class HealthIT {

  private static final String BASE = System.getProperty("taskguard.test.base-url");
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(java.time.Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readyWithTheDatabase() throws Exception {
    HttpResponse<String> response = get("/health/ready");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"database\""), response.body());
    assertTrue(response.body().contains("\"UP\""), response.body());
  }

  @Test
  void liveAndDescribed() throws Exception {
    HttpResponse<String> live = get("/health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(live.body().contains("\"UP\""), live.body());

    HttpResponse<String> openapi = get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/users/{user_id}/tasks"), openapi.body());
    assertTrue(openapi.body().contains("/api/auth/sign-in/email"), openapi.body());

    assertEquals(200, get("/openapi/ui/").statusCode());
  }

  @Test
  void okForBetterAuthClients() throws Exception {
    HttpResponse<String> response = get("/api/auth/ok");
    assertEquals(200, response.statusCode());
    assertEquals("{\"ok\":true}", response.body());
  }
}
