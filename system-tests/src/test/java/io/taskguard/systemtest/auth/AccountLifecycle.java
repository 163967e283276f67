package io.taskguard.systemtest.auth;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.Mailbox;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The account-lifecycle calls, as a Better Auth client makes them, and the tokens mailed. */
final class AccountLifecycle {

  private final AuthApi auth;

  AccountLifecycle(AuthApi auth) {
    this.auth = auth;
  }

  HttpResult changePassword(String sessionToken, String json) {
    return auth.post("/api/auth/change-password", sessionToken, json, AuthApi.newAddress());
  }

  HttpResult requestReset(String email, String address) {
    return auth.post(
        "/api/auth/request-password-reset", null, AuthApi.json(Map.of("email", email)), address);
  }

  HttpResult resetPassword(String token, String newPassword) {
    return auth.post(
        "/api/auth/reset-password",
        null,
        AuthApi.json(Map.of("token", token, "newPassword", newPassword)),
        AuthApi.newAddress());
  }

  HttpResult sendVerification(String sessionToken, String email, String address) {
    return auth.post(
        "/api/auth/send-verification-email",
        sessionToken,
        AuthApi.json(Map.of("email", email)),
        address);
  }

  HttpResult verify(String token) {
    return auth.get(
        "/api/auth/verify-email?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8),
        null);
  }

  HttpResult updateUser(String sessionToken, String json) {
    return auth.post("/api/auth/update-user", sessionToken, json, AuthApi.newAddress());
  }

  HttpResult changeEmail(String sessionToken, String newEmail) {
    return auth.post(
        "/api/auth/change-email",
        sessionToken,
        AuthApi.json(Map.of("newEmail", newEmail)),
        AuthApi.newAddress());
  }

  HttpResult deleteUser(String sessionToken, String json) {
    return auth.post("/api/auth/delete-user", sessionToken, json, AuthApi.newAddress());
  }

  /** The token of the newest reset link mailed to {@code email}. */
  static String resetToken(String email) {
    String link = Mailbox.latest(email, "Reset your taskguard password").link("/reset-password/");
    String path = URI.create(link).getRawPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The token of the newest verification (or email-change) link mailed to {@code email}. */
  static String verificationToken(String email, String subject) {
    String link = Mailbox.latest(email, subject).link("/verify-email?");
    return parameter(link, "token");
  }

  static String parameter(String url, String name) {
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      if (pair.substring(0, equals).equals(name)) {
        return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }
}
