package io.taskguard.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages and the API carry the browser hardening headers. Plain HTTP/1.1: Liberty 26.0.0.3 never
 * answers an h2c upgrade request for the welcome page {@code /} (browsers do not use h2c).
 */
class SecurityHeadersIT {

  private static final String BASE = System.getProperty("taskguard.test.base-url");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/index.html",
        "/js/app.js",
        "/js/views/tasks.js",
        "/css/app.css",
        "/favicon.svg",
        "/api/auth/ok",
        "/api/auth/jwks",
        "/.well-known/openid-configuration"
      })
  void everyAnswerIsHardened(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode(), path);
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("default-src 'none'"), csp);
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), csp);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
  }
}
