package io.taskguard.systemtest.twofactor;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A client of the twoFactor paths that keeps its cookies and sends the site's {@code Origin} as a
 * browser would: the session cookie, the challenge cookie between the password and the code, and a
 * trusted device's cookie across sign-ins.
 */
public final class TwoFactorClient {

  static final String CHALLENGE = "better-auth.two_factor";
  static final String TRUSTED = "better-auth.trust_device";

  /** The site's origin, which a browser sends on every call that changes something. */
  static final String ORIGIN =
      System.getProperty("taskguard.test.base-url", "http://localhost:9080").replaceAll("/+$", "");

  private final AuthApi auth;
  private final String address;
  public final Map<String, String> cookies = new HashMap<>();

  public TwoFactorClient(AuthApi auth, String address) {
    this.auth = auth;
    this.address = address;
  }

  public HttpResult signIn(String email, String password) {
    return keep(
        send(
            "/api/auth/sign-in/email",
            null,
            AuthApi.json(Map.of("email", email, "password", password))));
  }

  /**
   * Turns two-factor on for {@code account} with its password and a first code (its sign-up session
   * is replaced); returns the enable answer: the TOTP URI and the backup codes.
   */
  public HttpResult enrol(AuthApi.Account account) {
    HttpResult enabled =
        post(
            "enable", account.sessionToken(), AuthApi.json(Map.of("password", account.password())));
    String code = Authenticator.of(enabled.object().getString("totpURI")).code(0);
    HttpResult confirmed =
        post("verify-totp", account.sessionToken(), AuthApi.json(Map.of("code", code)));
    if (confirmed.status() != 200) {
      throw new AssertionError("enrolment failed: " + confirmed);
    }
    return enabled;
  }

  /** A POST to {@code /api/auth/two-factor/<action>} with this client's cookies. */
  public HttpResult post(String action, String sessionToken, String json) {
    return keep(send("/api/auth/two-factor/" + action, sessionToken, json));
  }

  public HttpResult get(String action, String sessionToken) {
    return auth.get("/api/auth/two-factor/" + action, sessionToken);
  }

  /** The value of a cookie the server set and did not clear. */
  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  private HttpResult send(String path, String sessionToken, String json) {
    Map<String, String> headers = new HashMap<>();
    headers.put("X-Forwarded-For", address);
    headers.put("Origin", ORIGIN);
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
      headers.put("Cookie", header.toString());
    }
    return auth.http().send("POST", path, sessionToken, TaskApi.JSON, json, headers);
  }

  private HttpResult keep(HttpResult answer) {
    for (String setCookie : answer.headers("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return answer;
  }
}
