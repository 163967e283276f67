package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import io.taskguard.testsupport.OwnServer;
import io.taskguard.testsupport.TaskApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Prometheus scrape of a server configured as the README's run command leaves it: no keystore, so
 * no HTTPS at all, and nothing set but the database, the secret and the operator credential. Over
 * plain HTTP the credential reads the metrics at {@code /api/operator/metrics}; no credential or a
 * wrong one is refused as JSON, and nothing on the public port serves a metric without the
 * credential, Liberty's own {@code /metrics} included.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class MetricsOverHttpIT {

  static final String USER = "scraper";
  static final String PASSWORD = "it-only-" + UUID.randomUUID();

  static OwnServer own;
  static ExtraServer server;
  static TaskApi http;

  @BeforeAll
  static void aServerWithTheRunCommandsDefaultsAndAnOperator() {
    own =
        OwnServer.start(
            "scrape",
            Map.of("TASKGUARD_OPERATOR_USER", USER, "TASKGUARD_OPERATOR_PASSWORD", PASSWORD));
    server = own.server();
    http = new TaskApi(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    if (own != null) {
      own.close();
    }
  }

  @Test
  void theCredentialScrapesPrometheusTextOverPlainHttp() {
    assertTrue(server.baseUrl().startsWith("http://"), server.baseUrl());
    AuthApi.Account counted = new AuthApi(http).newAccount("Scraped");
    assertEquals(200, new AuthApi(http).token(counted.sessionToken()).status());

    HttpResult scrape = operator().scrape("", null);
    assertEquals(200, scrape.status(), scrape::toString);
    assertTrue(scrape.header("Content-Type").orElse("").startsWith("text/plain"), scrape::toString);
    assertEquals("no-store", scrape.header("Cache-Control").orElse(""));
    assertTrue(scrape.headers("Set-Cookie").isEmpty(), "a scrape sets no cookie: " + scrape);
    assertTrue(
        scrape.header("Access-Control-Allow-Origin").isEmpty(),
        "Liberty's CORS headers are not passed on: " + scrape);
    String body = scrape.body();
    assertTrue(body.contains("# TYPE taskguard_signups_total counter"), body);
    assertTrue(body.contains("# TYPE taskguard_jwts_issued_total counter"), body);
    Scrape all = Scrape.of(body);
    assertTrue(
        all.value("taskguard_signups_total", "outcome=\"created\"") >= 1.0, "the sign-up counted");
    assertTrue(all.hasSeriesStartingWith("jvm_uptime_seconds", "mp_scope=\"base\""), body);
    assertTrue(all.hasSeriesStartingWith("connectionpool_"), "Liberty's vendor metrics too");

    HttpResult application = operator().scrape("?scope=application", null);
    assertEquals(200, application.status(), application::toString);
    List<String> series = Scrape.of(application.body()).lines();
    assertFalse(series.isEmpty());
    assertTrue(
        series.stream().allMatch(line -> line.contains("mp_scope=\"application\"")),
        application::body);
  }

  @Test
  void noCredentialOrAWrongOneIsRefusedAsJsonWithoutAMetric() {
    for (OperatorApi refused :
        List.of(
            operator().as(null, null),
            operator().as(USER, PASSWORD + "x"),
            operator().as("someone", PASSWORD))) {
      HttpResult answer = refused.scrape("", null);
      assertEquals(401, answer.status(), answer::toString);
      assertTrue(
          answer.header("Content-Type").orElse("").startsWith("application/json"),
          answer::toString);
      assertEquals("UNAUTHORIZED", answer.object().getString("code"));
      assertEquals(
          "Basic realm=\"taskguard-operator\", charset=\"UTF-8\"",
          answer.header("WWW-Authenticate").orElse(""));
      assertNoMetric(answer);
    }
    AuthApi.Account user = new AuthApi(http).newAccount("NotAnOperator");
    HttpResult bearer = http.send("GET", "/api/operator/metrics", user.jwt(), null, null, Map.of());
    assertEquals(401, bearer.status(), "a user's JWT is no operator credential: " + bearer);
    assertNoMetric(bearer);
  }

  @Test
  void nothingOnThePublicPortServesAMetricWithoutTheCredential() {
    for (String path :
        List.of(
            "/metrics",
            "/metrics/",
            "/metrics?scope=application",
            "/metrics/application",
            "/api/operator/metrics",
            "/api/operator/metrics?scope=application")) {
      HttpResult plain = http.get(path, null);
      assertNotEquals(200, plain.status(), path + ": " + plain);
      assertNoMetric(plain);
      // Liberty accepts a client's X-Forwarded-Proto as proof of HTTPS; its reader role still holds
      HttpResult claimingHttps =
          http.send("GET", path, null, null, null, Map.of("X-Forwarded-Proto", "https"));
      assertEquals(401, claimingHttps.status(), path + ": " + claimingHttps);
      assertNoMetric(claimingHttps);
    }
    HttpResult libertysOwn =
        http.send("GET", "/metrics", null, null, null, Map.of("Authorization", basic()));
    assertEquals(403, libertysOwn.status(), "Liberty's /metrics still wants HTTPS: " + libertysOwn);
    assertNoMetric(libertysOwn);
  }

  private static OperatorApi operator() {
    return new OperatorApi(http, USER, PASSWORD);
  }

  private static String basic() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (USER + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void assertNoMetric(HttpResult answer) {
    assertFalse(answer.body().contains("# TYPE"), answer::toString);
    assertFalse(answer.body().contains("taskguard_"), answer::toString);
    assertFalse(answer.body().contains("mp_scope"), answer::toString);
  }
}
