package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * The running server, spoken to over real HTTP: sign-ups through the public auth API, and any
 * request to the task API with or without a bearer token, a body, a content type or more headers.
 * Its base URL is the system property {@code taskguard.test.base-url}.
 */
public final class TaskApi {

  public static final String JSON = "application/json";

  private final String base;
  private final HttpClient http;
  private final Duration timeout;

  public TaskApi() {
    this(System.getProperty("taskguard.test.base-url", "http://localhost:9080"));
  }

  public TaskApi(String base) {
    this(base, Duration.ofSeconds(30));
  }

  /** A client whose requests fail when not answered within {@code timeout}. */
  public TaskApi(String base, Duration timeout) {
    this.timeout = timeout;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** A new account with a unique email, and the access JWT that came with it. */
  public TestUser signUp(String name) {
    String email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", "correct horse battery " + UUID.randomUUID())
            .add("name", name)
            .build()
            .toString();
    HttpResult answer = send("POST", "/api/auth/sign-up/email", null, JSON, body, Map.of());
    if (answer.status() != 200) {
      throw new AssertionError("sign-up failed: " + answer);
    }
    String jwt =
        answer
            .header("set-auth-jwt")
            .orElseThrow(() -> new AssertionError("no set-auth-jwt header: " + answer));
    JsonObject user = answer.object().getJsonObject("user");
    return new TestUser(user.getString("id"), email, jwt);
  }

  /** {@code /api/users/{user}/tasks}, or the task under it. */
  public static String tasks(String user) {
    return "/api/users/" + user + "/tasks";
  }

  public static String task(String user, Object taskId) {
    return tasks(user) + "/" + taskId;
  }

  public HttpResult get(String path, String token) {
    return send("GET", path, token, null, null, Map.of());
  }

  public HttpResult post(String path, String token, String json) {
    return send("POST", path, token, JSON, json, Map.of());
  }

  public HttpResult put(String path, String token, String json) {
    return send("PUT", path, token, JSON, json, Map.of());
  }

  public HttpResult patch(String path, String token, String json) {
    return send("PATCH", path, token, JSON, json, Map.of());
  }

  public HttpResult delete(String path, String token) {
    return send("DELETE", path, token, null, null, Map.of());
  }

  /**
   * Any request. {@code path} starts with {@code /} and may carry a query; {@code token}, {@code
   * contentType} and {@code body} may be {@code null}.
   */
  public HttpResult send(
      String method,
      String path,
      String token,
      String contentType,
      String body,
      Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      WireLog.exchange(method, body, response);
      return HttpResult.of(response);
    } catch (IOException failed) {
      throw new UncheckedIOException(method + " " + path, failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
