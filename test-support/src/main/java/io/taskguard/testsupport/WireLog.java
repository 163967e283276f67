package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's own record of what went over the wire, for the secrets sweep that runs after every
 * other integration test: each answer the tests received (method, path, status, headers, body) and
 * each secret they handled (passwords sent, session tokens and JWTs received), as JSON lines under
 * {@code target/secret-sweep/}. The files are test artefacts of a throw-away server; the sweep
 * reads them and reports only file names and kinds of secret, never a secret itself.
 */
public final class WireLog {

  public static final Path DIR = Path.of("target", "secret-sweep");
  private static final String RUN = Long.toString(ProcessHandle.current().pid());
  private static final Path ANSWERS = DIR.resolve("answers-" + RUN + ".jsonl");
  private static final Path SECRETS = DIR.resolve("secrets-" + RUN + ".jsonl");
  private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
  private static boolean started;

  private WireLog() {}

  /** Records one exchange and registers the secrets in it; {@code requestBody} may be null. */
  public static void exchange(String method, String requestBody, HttpResponse<String> response) {
    String path = response.request().uri().getRawPath();
    JsonObjectBuilder headers = Json.createObjectBuilder();
    response
        .headers()
        .map()
        .forEach((name, values) -> headers.add(name, String.join(", ", values)));
    append(
        ANSWERS,
        Json.createObjectBuilder()
            .add("method", method)
            .add("path", path)
            .add("status", response.statusCode())
            .add("headers", headers)
            .add("body", response.body() == null ? "" : response.body())
            .build());
    if (path.endsWith("/sign-up/email") || path.endsWith("/sign-in/email")) {
      object(requestBody).ifPresent(sent -> password(text(sent, "password"), text(sent, "email")));
      object(response.body()).ifPresent(body -> secret("session token", text(body, "token")));
    }
    if (path.endsWith("/api/auth/token") && response.statusCode() == 200) {
      object(response.body()).ifPresent(body -> secret("JWT", text(body, "token")));
    }
    response.headers().firstValue("set-auth-token").ifPresent(t -> secret("session token", t));
    response.headers().firstValue("set-auth-jwt").ifPresent(t -> secret("JWT", t));
  }

  /**
   * A password the suite sent. Ones the sweep could not tell from ordinary text are left out:
   * shorter than 12 characters, fewer than 8 distinct characters, or equal to the email beside it.
   */
  public static void password(String password, String email) {
    if (password != null
        && password.length() >= 12
        && password.chars().distinct().count() >= 8
        && !password.strip().equalsIgnoreCase(email == null ? "" : email.strip())) {
      secret("password", password);
    }
  }

  /** Registers a secret of {@code kind} (once). */
  public static void secret(String kind, String value) {
    if (value != null && !value.isBlank() && KNOWN.add(kind + "\u0000" + value)) {
      append(SECRETS, Json.createObjectBuilder().add("kind", kind).add("value", value).build());
    }
  }

  private static synchronized void append(Path file, JsonObject line) {
    try {
      if (!started) {
        Files.createDirectories(DIR);
        try (var old = Files.list(DIR)) {
          for (Path stale : old.toList()) {
            Files.deleteIfExists(stale);
          }
        }
        started = true;
      }
      try (Writer out =
          Files.newBufferedWriter(
              file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        out.write(line.toString());
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<JsonObject> object(String json) {
    if (json == null || !json.startsWith("{")) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return Optional.of(reader.readObject());
    } catch (RuntimeException notAnObject) {
      return Optional.empty();
    }
  }

  private static String text(JsonObject object, String field) {
    return object.get(field) instanceof JsonString value ? value.getString() : null;
  }
}
