package io.taskguard.systemtest.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OperatorApi;
import io.taskguard.testsupport.TaskApi;
import io.taskguard.testsupport.Tls;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The metrics are for the operator credential only: a Prometheus scrape over plain HTTP at {@code
 * /api/operator/metrics}, or Liberty's own {@code /metrics} over HTTPS. They speak Prometheus, and
 * the security counters move by exactly what the accounts and task APIs did. The suite runs its
 * classes one after another, so nothing else moves them meanwhile. {@link MetricsOverHttpIT}
 * scrapes a server with no HTTPS at all.
 */
class MetricsIT {

  private static final String USER = System.getProperty("taskguard.test.operator.user");
  private static final String PASSWORD = System.getProperty("taskguard.test.operator.password");
  private static final String METRICS = Tls.testServerUrl() + "/metrics";

  final Tls tls = Tls.trustingTestServer();
  final TaskApi api = new TaskApi();
  final AuthApi auth = new AuthApi(api);
  final OperatorApi operator = new OperatorApi(api);

  @Test
  void onlyTheOperatorMayScrape() {
    assertEquals(401, tls.get(METRICS, null, null).statusCode());
    assertEquals(401, tls.get(METRICS, USER, PASSWORD + "x").statusCode());
    assertEquals(401, tls.get(METRICS, "someone", PASSWORD).statusCode());
    HttpResult plain = api.get("/metrics", null);
    assertNotEquals(200, plain.status(), "metrics over plain HTTP: " + plain);
    assertTrue(!plain.body().contains("taskguard_"), plain::toString);

    HttpResponse<String> scrape = tls.get(METRICS, USER, PASSWORD);
    assertEquals(200, scrape.statusCode());
    assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(scrape.body().contains("# TYPE taskguard_signins_total counter"), scrape.body());

    HttpResult overHttp = operator.scrape("", null);
    assertEquals(200, overHttp.status(), overHttp::toString);
    assertTrue(overHttp.body().contains("# TYPE taskguard_signins_total counter"), overHttp::body);
    HttpResult refused = operator.as(USER, PASSWORD + "x").scrape("", AuthApi.newAddress());
    assertEquals(401, refused.status(), refused::toString);
    assertTrue(!refused.body().contains("taskguard_"), refused::toString);
  }

  @Test
  void securityCountersMoveByWhatHappened() {
    Scrape before = scrape("?scope=application");
    AuthApi.Account account = auth.newAccount("Counted");
    AuthApi.Account other = auth.newAccount("Other");
    String device = AuthApi.newAddress();
    HttpResult signedIn = auth.signIn(account.email(), account.password(), device);
    assertEquals(200, signedIn.status());
    assertEquals(200, auth.token(account.sessionToken()).status());
    String attacker = AuthApi.newAddress();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, auth.signIn(account.email(), "wrong " + i, attacker).status());
    }
    assertEquals(429, auth.signIn(account.email(), account.password(), attacker).status());
    assertEquals(401, auth.token("no-such-session").status());
    assertEquals(401, auth.listSessions(null).status());
    assertEquals(401, api.get(TaskApi.tasks(account.id()), null).status());
    assertEquals(401, api.get(TaskApi.tasks(account.id()), "not.a.jwt").status());
    assertEquals(403, api.get(TaskApi.tasks(other.id()), account.jwt()).status());
    assertEquals(200, api.get(TaskApi.tasks(account.id()), account.jwt()).status());
    Scrape after = scrape("?scope=application");

    Map<String, Double> expected =
        Map.ofEntries(
            Map.entry("taskguard_signins_total|outcome=\"success\"", 1.0),
            Map.entry("taskguard_signins_total|outcome=\"bad_credentials\"", 5.0),
            Map.entry("taskguard_signins_total|outcome=\"throttled\"", 1.0),
            Map.entry("taskguard_signups_total|outcome=\"created\"", 2.0),
            Map.entry("taskguard_signups_total|outcome=\"throttled\"", 0.0),
            Map.entry("taskguard_jwts_issued_total|mp_scope=\"application\"", 4.0),
            Map.entry("taskguard_refusals_total|reason=\"bad_credentials\"", 5.0),
            Map.entry("taskguard_refusals_total|reason=\"invalid_session\"", 1.0),
            Map.entry("taskguard_refusals_total|reason=\"missing_credential\"", 2.0),
            Map.entry("taskguard_refusals_total|reason=\"invalid_token\"", 1.0),
            Map.entry("taskguard_refusals_total|reason=\"not_owner\"", 1.0));
    expected.forEach(
        (series, delta) -> {
          String[] parts = series.split("\\|");
          assertEquals(
              delta,
              after.value(parts[0], parts[1]) - before.value(parts[0], parts[1]),
              0.0001,
              series);
        });
    assertEquals(1.0, delta(before, after, "status=\"403\"", "reason=\"not_owner\""), 0.0001);
  }

  @Test
  void latencyHistogramsPerEndpointAndThePoolAreScraped() {
    AuthApi.Account account = auth.newAccount("Timed");
    assertEquals(200, api.get(TaskApi.tasks(account.id()), account.jwt()).status());
    assertEquals(
        401,
        api.get(TaskApi.tasks(UUID.randomUUID().toString()), "x").status(),
        "a refusal is timed too");
    Scrape scrape = scrape("");
    assertTrue(
        scrape.hasSeriesStartingWith(
            "REST_request_seconds_bucket{",
            "class=\"io.taskguard.adapter.rest.task.TaskResource\"",
            "le=\"0.1\""),
        "no latency buckets for the task list");
    assertTrue(
        scrape.hasSeriesStartingWith(
            "REST_request_seconds_bucket{",
            "class=\"io.taskguard.adapter.rest.auth.CredentialsResource\""),
        "no latency buckets for sign-up");
    assertTrue(
        scrape.hasSeriesStartingWith("connectionpool_", "datasource=\"jdbc_taskguard\""),
        "no connection pool metrics");
  }

  private static double delta(Scrape before, Scrape after, String... labels) {
    return after.value("taskguard_refusals_total", labels)
        - before.value("taskguard_refusals_total", labels);
  }

  /** What Prometheus reads: the operator credential, plain HTTP. */
  private Scrape scrape(String query) {
    HttpResult answer = operator.scrape(query, null);
    assertEquals(200, answer.status(), answer::body);
    return Scrape.of(answer.body());
  }
}
