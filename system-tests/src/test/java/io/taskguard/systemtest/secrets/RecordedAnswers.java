package io.taskguard.systemtest.secrets;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The answers the suite recorded, each turned into the text that must hold no secret. The only
 * places a credential may travel in an answer are the ones whose job is to hand it out (the wire
 * contract): the session token in the {@code token} field and {@code set-auth-token} header of a
 * 200 from sign-up and sign-in (and of a change of password that ended the other sessions: the
 * caller's own token, kept), and in {@code session.token} of a 200 from get-session (the caller's
 * own token, echoed as Better Auth does); a JWT in {@code set-auth-jwt} of a 200 from sign-up,
 * sign-in and get-session, and in the {@code token} field of a 200 from {@code /api/auth/token};
 * and the same session token and JWT from the two-factor and passkey answers that open or replace a
 * session; and the signed session cookie in {@code Set-Cookie} of each of those answers. Those
 * exact spots are cut out; everything else of every answer (all other fields, all other headers,
 * error bodies, every other endpoint) is scanned. Passwords and hashes may appear nowhere.
 */
final class RecordedAnswers {

  /** One recorded answer: where it came from and the text to scan. */
  record Answer(String where, String text) {}

  private static final Map<String, Set<String>> HANDED_OUT_HEADERS =
      Map.of(
          "/api/auth/sign-up/email", Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/sign-in/email", Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/get-session", Set.of("set-auth-jwt"),
          "/api/auth/change-password", Set.of("set-auth-token", "set-cookie"),
          "/api/auth/two-factor/verify-totp",
              Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/two-factor/verify-backup-code",
              Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/two-factor/verify-otp", Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/two-factor/disable", Set.of("set-auth-token", "set-auth-jwt", "set-cookie"),
          "/api/auth/passkey/verify-authentication",
              Set.of("set-auth-token", "set-auth-jwt", "set-cookie"));

  private RecordedAnswers() {}

  static List<Answer> parse(String file, List<String> lines) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonObject record = read(lines.get(i)).asJsonObject();
      String path = record.getString("path");
      int status = record.getInt("status");
      String where =
          file
              + " line "
              + (i + 1)
              + " ("
              + record.getString("method")
              + " "
              + path
              + " "
              + status
              + ")";
      StringBuilder text = new StringBuilder();
      Set<String> handedOut =
          status == 200 ? HANDED_OUT_HEADERS.getOrDefault(path, Set.of()) : Set.of();
      record
          .getJsonObject("headers")
          .forEach(
              (name, value) -> {
                if (!handedOut.contains(name.toLowerCase())) {
                  text.append(name)
                      .append(": ")
                      .append(((jakarta.json.JsonString) value).getString())
                      .append('\n');
                }
              });
      text.append('\n').append(withoutHandedOut(path, status, record.getString("body")));
      answers.add(new Answer(where, text.toString()));
    }
    return answers;
  }

  /** The body with the one field that hands a credential out removed (only on such a 200). */
  static String withoutHandedOut(String path, int status, String body) {
    if (status != 200 || !body.startsWith("{")) {
      return body;
    }
    JsonObject object;
    try {
      object = read(body).asJsonObject();
    } catch (RuntimeException notAnObject) {
      return body;
    }
    return switch (path) {
      case "/api/auth/sign-up/email",
          "/api/auth/sign-in/email",
          "/api/auth/token",
          "/api/auth/change-password",
          "/api/auth/two-factor/verify-totp",
          "/api/auth/two-factor/verify-backup-code",
          "/api/auth/two-factor/verify-otp" ->
          Json.createObjectBuilder(object).remove("token").build().toString();
      case "/api/auth/passkey/verify-authentication" ->
          object.get("session") instanceof JsonObject session
              ? Json.createObjectBuilder(object)
                  .remove("token")
                  .add("session", Json.createObjectBuilder(session).remove("token"))
                  .build()
                  .toString()
              : body;
      case "/api/auth/get-session" ->
          object.get("session") instanceof JsonObject session
              ? Json.createObjectBuilder(object)
                  .add("session", Json.createObjectBuilder(session).remove("token"))
                  .build()
                  .toString()
              : body;
      default -> body;
    };
  }

  private static JsonValue read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }
}
