package io.taskguard.systemtest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.Mailbox;
import io.taskguard.testsupport.TestNodePackages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Better Auth JS client ({@code better-auth/client} with {@code jwtClient()}, bearer mode)
 * and {@code jose}, at the exact versions of {@code src/test/js/package-lock.json}, driving the
 * server through sign-up, sign-in, get-session, token, JWKS and sign-out, verifying the JWT through
 * the discovery document, then through the account lifecycle with the client's own methods, the
 * mailed links read from the suite's mailbox ({@link #mailboxServer()}), then through two-factor
 * with {@code twoFactorClient()}. Needs Node.js 20 and npm on the PATH; installs the packages
 * ({@link TestNodePackages}) when they are missing.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class BetterAuthClientIT {

  static final Path PROJECT = TestNodePackages.PROJECT;
  static final String BASE = System.getProperty("taskguard.test.base-url");

  @Test
  void theBetterAuthClientWorksUnchanged() throws Exception {
    TestNodePackages.installed("better-auth/package.json");

    String address = AuthApi.newAddress();
    HttpServer mailbox = mailboxServer();
    Result client;
    try {
      client =
          run(
              List.of("node", "better-auth-client.mjs"),
              Map.of(
                  "BASE_URL",
                  BASE,
                  "CLIENT_ADDRESS",
                  address,
                  "MAILBOX_URL",
                  "http://127.0.0.1:" + mailbox.getAddress().getPort() + "/"),
              Duration.ofMinutes(2));
    } finally {
      mailbox.stop(0);
    }

    System.out.println("[better-auth client] " + client.output().strip());
    assertEquals(0, client.exit(), client::output);
    JsonObject summary = lastJsonLine(client.output());
    assertTrue(summary.getBoolean("ok"), summary::toString);
    assertEquals(BASE, summary.getString("baseURL"));
    List<JsonObject> checks = summary.getJsonArray("checks").getValuesAs(JsonObject.class);
    assertTrue(checks.size() >= 20, () -> "too few checks ran: " + checks);
    assertTrue(checks.stream().allMatch(check -> check.getBoolean("ok")), summary::toString);
    for (String name :
        List.of(
            "signUp.email succeeds",
            "signIn.email succeeds",
            "getSession answers session and user",
            "token() answers a JWT",
            "jose verifies the JWT through the discovery document",
            "signOut succeeds",
            "getSession is null after sign-out",
            "token() fails after sign-out",
            "sendVerificationEmail succeeds",
            "verifyEmail succeeds",
            "updateUser succeeds",
            "changePassword succeeds",
            "requestPasswordReset succeeds",
            "resetPassword succeeds",
            "changeEmail succeeds",
            "deleteUser succeeds",
            "the deleted account's JWT is refused by the task API",
            "twoFactor.verifyTotp confirms the enrolment",
            "signIn.email answers twoFactorRedirect",
            "the client's onTwoFactorRedirect runs",
            "twoFactor.verifyTotp answers the challenge with a session",
            "a TOTP code is accepted once",
            "twoFactor.verifyBackupCode answers the challenge",
            "twoFactor.disable succeeds",
            "cookie mode: getSession reads the cookie",
            "cookie mode: twoFactor.verifyTotp answers the challenge")) {
      assertTrue(
          checks.stream().anyMatch(check -> check.getString("name").equals(name)),
          () -> "missing check '" + name + "': " + summary);
    }
  }

  /**
   * The suite's mailbox over HTTP for the script: {@code GET /?to=ADDRESS&subject=TEXT} answers the
   * link in the newest such mail (waiting for it), 404 when none comes.
   */
  static HttpServer mailboxServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Map<String, String> query = new java.util.HashMap<>();
          for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
          }
          byte[] answer;
          int status;
          try {
            answer =
                Mailbox.latest(query.get("to"), query.get("subject"))
                    .link("http")
                    .getBytes(StandardCharsets.UTF_8);
            status = 200;
          } catch (AssertionError none) {
            answer = none.getMessage().getBytes(StandardCharsets.UTF_8);
            status = 404;
          }
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    return server;
  }

  record Result(int exit, String output) {}

  /** Runs {@code command} in the JS project with {@code env} added; output and errors merged. */
  static Result run(List<String> command, Map<String, String> env, Duration limit)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("better-auth-client", ".log");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(PROJECT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new AssertionError(
            command + " did not finish within " + limit + ":\n" + Files.readString(log));
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  static JsonObject lastJsonLine(String output) {
    List<String> lines = output.lines().filter(line -> line.startsWith("{")).toList();
    assertTrue(!lines.isEmpty(), () -> "no JSON summary in:\n" + output);
    try (JsonReader reader = Json.createReader(new StringReader(lines.get(lines.size() - 1)))) {
      return reader.readObject();
    }
  }
}
