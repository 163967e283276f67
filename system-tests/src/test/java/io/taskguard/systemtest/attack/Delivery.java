package io.taskguard.systemtest.attack;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.Map;

/**
 * How a forged credential reaches the task API: whose collection is addressed, what query string is
 * appended and which headers carry it. Most attacks are a plain {@code Authorization: Bearer}; the
 * rest put a token where taskguard must not look (query string, cookie, another scheme).
 */
record Delivery(String user, String query, Map<String, String> headers) {

  static final String CREATE_BODY = "{\"title\":\"written by a forged token\"}";

  static Delivery bearer(String user, String token) {
    return header(user, "Bearer " + token);
  }

  static Delivery header(String user, String authorization) {
    return new Delivery(user, "", Map.of("Authorization", authorization));
  }

  static Delivery query(String user, String query) {
    return new Delivery(user, query, Map.of());
  }

  static Delivery cookie(String user, String cookie) {
    return new Delivery(user, "", Map.of("Cookie", cookie));
  }

  boolean sendsAuthorization() {
    return headers.containsKey("Authorization");
  }

  /** {@code GET} (list) or {@code POST} (create) on the user's task collection. */
  HttpResult send(TaskApi api, String method) {
    boolean create = "POST".equals(method);
    return api.send(
        method,
        TaskApi.tasks(user) + query,
        null,
        create ? TaskApi.JSON : null,
        create ? CREATE_BODY : null,
        headers);
  }

  @Override
  public String toString() {
    return "to " + user + (query.isEmpty() ? "" : " with a query") + " via " + headers.keySet();
  }
}
