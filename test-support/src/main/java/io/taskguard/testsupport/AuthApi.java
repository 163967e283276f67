package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The accounts API ({@code /api/auth/*}) of the running server, spoken to over real HTTP. Every
 * call can name the client address it comes from: the test server trusts {@code X-Forwarded-For},
 * so each test gets addresses of its own ({@link #newAddress()}) and no throttling state leaks from
 * one test into another.
 */
public final class AuthApi {

  /** An account made through the API, with everything its sign-up answered. */
  public record Account(
      String id, String email, String password, String sessionToken, String jwt, String address) {}

  private static final int RUN = ThreadLocalRandom.current().nextInt(0x1000, 0xffff);
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private final TaskApi http;

  public AuthApi() {
    this(new TaskApi());
  }

  public AuthApi(TaskApi http) {
    this.http = http;
  }

  public TaskApi http() {
    return http;
  }

  /**
   * A client address no other call of this test run has used: an IPv6 address of the documentation
   * prefix (RFC 3849), only ever written into {@code X-Forwarded-For}, never connected to.
   */
  public static String newAddress() {
    return String.format("2001:db8:%x::%x", RUN, ADDRESSES.incrementAndGet());
  }

  /** A fresh email address, lower-case, unique to this call. */
  public static String newEmail(String prefix) {
    return prefix.toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
  }

  /** A password that passes every rule, unique to this call. */
  public static String newPassword() {
    return "correct horse battery " + UUID.randomUUID();
  }

  public static String json(Map<String, ?> fields) {
    var body = Json.createObjectBuilder();
    fields.forEach(
        (name, value) -> {
          if (value == null) {
            body.addNull(name);
          } else if (value instanceof Boolean flag) {
            body.add(name, flag);
          } else if (value instanceof Number number) {
            body.add(name, number.longValue());
          } else {
            body.add(name, value.toString());
          }
        });
    return body.build().toString();
  }

  /** Signs up a new account from a new address and returns it; fails the test if refused. */
  public Account newAccount(String name) {
    String email = newEmail(name);
    String password = newPassword();
    String address = newAddress();
    HttpResult answer = signUp(email, password, name, address);
    if (answer.status() != 200) {
      throw new AssertionError("sign-up failed: " + answer);
    }
    JsonObject body = answer.object();
    return new Account(
        body.getJsonObject("user").getString("id"),
        email,
        password,
        body.getString("token"),
        answer.header("set-auth-jwt").orElseThrow(() -> new AssertionError("no JWT: " + answer)),
        address);
  }

  /** {@code count} new accounts, named {@code name} followed by their number from 0. */
  public List<Account> newAccounts(String name, int count) {
    List<Account> accounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      accounts.add(newAccount(name + i));
    }
    return accounts;
  }

  public HttpResult signUp(String email, String password, String name, String address) {
    return post(
        "/api/auth/sign-up/email",
        null,
        json(Map.of("email", email, "password", password, "name", name)),
        address);
  }

  public HttpResult signIn(String email, String password, String address) {
    return post(
        "/api/auth/sign-in/email",
        null,
        json(Map.of("email", email, "password", password)),
        address);
  }

  /** A JSON POST to {@code path}, with a session token and a client address if not null. */
  public HttpResult post(String path, String sessionToken, String json, String address) {
    return http.send("POST", path, sessionToken, TaskApi.JSON, json, from(address));
  }

  /** A GET of {@code path}, with a session token if not null. */
  public HttpResult get(String path, String sessionToken) {
    return http.send("GET", path, sessionToken, null, null, Map.of());
  }

  public HttpResult getSession(String sessionToken) {
    return get("/api/auth/get-session", sessionToken);
  }

  public HttpResult token(String sessionToken) {
    return get("/api/auth/token", sessionToken);
  }

  public HttpResult signOut(String sessionToken, String address) {
    return http.send("POST", "/api/auth/sign-out", sessionToken, null, null, from(address));
  }

  public HttpResult listSessions(String sessionToken) {
    return get("/api/auth/list-sessions", sessionToken);
  }

  public HttpResult revokeSession(String sessionToken, String json) {
    return post("/api/auth/revoke-session", sessionToken, json, null);
  }

  public HttpResult revokeOtherSessions(String sessionToken) {
    return http.send("POST", "/api/auth/revoke-other-sessions", sessionToken, null, null, Map.of());
  }

  /** The task list of {@code userId} with {@code jwt}: what a JWT is good for. */
  public HttpResult tasks(String userId, String jwt) {
    return http.get(TaskApi.tasks(userId), jwt);
  }

  private static Map<String, String> from(String address) {
    Map<String, String> headers = new HashMap<>();
    if (address != null) {
      headers.put("X-Forwarded-For", address);
    }
    return headers;
  }
}
