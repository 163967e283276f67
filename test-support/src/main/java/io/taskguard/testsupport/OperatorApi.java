package io.taskguard.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The operator commands ({@code POST /api/operator/...}) of a running server, sent with an HTTP
 * Basic credential (by default the test server's: system properties {@code
 * taskguard.test.operator.user} and {@code .password}) and from a client address of the caller's
 * choice (the test server trusts {@code X-Forwarded-For}).
 */
public final class OperatorApi {

  private final TaskApi http;
  private final String user;
  private final String password;

  public OperatorApi() {
    this(new TaskApi());
  }

  public OperatorApi(TaskApi http) {
    this(
        http,
        System.getProperty("taskguard.test.operator.user"),
        System.getProperty("taskguard.test.operator.password"));
  }

  public OperatorApi(TaskApi http, String user, String password) {
    this.http = http;
    this.user = user;
    this.password = password;
  }

  /** The same server, with another credential ({@code null}: none). */
  public OperatorApi as(String otherUser, String otherPassword) {
    return new OperatorApi(http, otherUser, otherPassword);
  }

  public HttpResult rotate(String address) {
    return post("/keys/rotate", address);
  }

  public HttpResult withdraw(String kid, String address) {
    return post("/keys/" + kid + "/withdraw", address);
  }

  public HttpResult reencrypt(String address) {
    return post("/keys/reencrypt", address);
  }

  /** Ends every session of the user named by id or email. */
  public HttpResult revokeSessions(String user, String address) {
    return post("/users/" + user + "/sessions/revoke", address);
  }

  /**
   * {@code GET /api/operator/metrics} + {@code query} (empty, or {@code ?scope=application}...):
   * the Prometheus scrape over plain HTTP.
   */
  public HttpResult scrape(String query, String address) {
    return http.send("GET", "/api/operator/metrics" + query, null, null, null, headers(address));
  }

  /** {@code POST /api/operator} + {@code path}, no body. */
  public HttpResult post(String path, String address) {
    return http.send("POST", "/api/operator" + path, null, null, null, headers(address));
  }

  private Map<String, String> headers(String address) {
    Map<String, String> headers = new HashMap<>();
    if (user != null) {
      String pair = user + ":" + password;
      headers.put(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    if (address != null) {
      headers.put("X-Forwarded-For", address);
    }
    return headers;
  }
}
