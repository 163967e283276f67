package io.taskguard.systemtest.attack;

import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.List;
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

  /**
   * The Bearer schemes every credential is also sent with: auth schemes are case-insensitive and
   * may be followed by more than one space (RFC 9110 section 11), and only {@code "Bearer "} itself
   * is judged by MP-JWT; the others reach the task API's own verification.
   */
  static final List<String> OTHER_BEARER_SCHEMES =
      List.of("bearer ", "BEARER ", "bEaReR ", "Bearer   ");

  /**
   * This delivery and, when it sends {@code Authorization: Bearer}, the same credential under each
   * of {@link #OTHER_BEARER_SCHEMES}.
   */
  List<Delivery> withSchemeVariants() {
    String authorization = headers.get("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return List.of(this);
    }
    String credential = authorization.substring("Bearer ".length());
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(this),
            OTHER_BEARER_SCHEMES.stream()
                .map(
                    scheme ->
                        new Delivery(user, query, Map.of("Authorization", scheme + credential))))
        .toList();
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
