package io.taskguard.webui;

import io.taskguard.testsupport.WireLog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * A person the browser tests sign up as: a unique email per test run, and a password that passes
 * the password policy (long, random, not a common password).
 */
record Account(String name, String email, String password) {

  static Account fresh(String name) {
    String unique = UUID.randomUUID().toString().substring(0, 12);
    Account account =
        new Account(
            name,
            "ui-" + name.toLowerCase() + "-" + unique + "@example.com",
            "orchard-" + UUID.randomUUID().toString().substring(0, 8) + "-lantern");
    WireLog.password(account.password(), account.email());
    return account;
  }

  /**
   * Creates the account through the API, for tests whose subject is not the sign-up page, and signs
   * that API session out again so the account starts with no session. Fails the test if the server
   * refuses either call.
   */
  Account register() {
    String body =
        String.format(
            "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}", email, password, name);
    HttpResponse<String> signUp =
        send(
            HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + "/api/auth/sign-up/email"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    String token =
        signUp
            .headers()
            .firstValue("set-auth-token")
            .orElseThrow(() -> new AssertionError("sign-up sent no set-auth-token"));
    endSession(token);
    return this;
  }

  /** Signs in through the API (a session with Java's user agent) and returns its session token. */
  String signInElsewhere() {
    return signInElsewhere(HttpRequest.newBuilder());
  }

  /** Signs in through the API as a client that names itself {@code userAgent}. */
  String signInElsewhere(String userAgent) {
    return signInElsewhere(HttpRequest.newBuilder().header("User-Agent", userAgent));
  }

  private String signInElsewhere(HttpRequest.Builder request) {
    String body = String.format("{\"email\":\"%s\",\"password\":\"%s\"}", email, password);
    return send(request
            .uri(URI.create(Chromium.baseUrl() + "/api/auth/sign-in/email"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)))
        .headers()
        .firstValue("set-auth-token")
        .orElseThrow(() -> new AssertionError("sign-in sent no set-auth-token"));
  }

  /** Ends the session of this token on the server, as signing out elsewhere would. */
  static void endSession(String sessionToken) {
    send(
        HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + "/api/auth/sign-out"))
            .header("Authorization", "Bearer " + sessionToken)
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Whether the server still trades this session token for a JWT (200) or not (401). */
  static int tokenStatus(String sessionToken) {
    return exchange(
            HttpRequest.newBuilder(URI.create(Chromium.baseUrl() + "/api/auth/token"))
                .header("Authorization", "Bearer " + sessionToken))
        .statusCode();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response = exchange(request);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static HttpResponse<String> exchange(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      WireLog.exchange(response.request().method(), null, response);
      return response;
    } catch (IOException e) {
      throw new AssertionError("the server could not be reached", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
