package io.taskguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/** Assertions on accounts API answers: the {@code {"message","code"}} error shape and the user. */
public final class AuthAssertions {

  /** ISO-8601 UTC with exactly three fraction digits, as Better Auth writes instants. */
  public static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

  private static final Set<String> USER_FIELDS =
      Set.of(
          "id",
          "email",
          "name",
          "emailVerified",
          "image",
          "createdAt",
          "updatedAt",
          "twoFactorEnabled");

  private AuthAssertions() {}

  /**
   * The answer is {@code status} with a JSON body of exactly {@code message} and {@code code}, a
   * readable message and nothing that betrays the server's insides.
   */
  public static JsonObject assertAuthError(HttpResult answer, int status, String code) {
    assertEquals(status, answer.status(), answer::toString);
    assertTrue(
        answer.header("Content-Type").orElse("").startsWith("application/json"), answer::toString);
    JsonObject body = answer.object();
    assertEquals(Set.of("message", "code"), body.keySet(), answer::toString);
    assertEquals(code, body.getString("code"), answer::toString);
    String message = body.getString("message");
    assertFalse(message.isBlank(), answer::toString);
    for (String leak :
        new String[] {"Exception", "at io.", "at java.", "SQL", "<html", "jakarta."}) {
      assertFalse(answer.body().contains(leak), () -> "leaks '" + leak + "': " + answer);
    }
    assertTrue(answer.header("set-auth-token").isEmpty(), answer::toString);
    assertTrue(answer.header("set-auth-jwt").isEmpty(), answer::toString);
    return body;
  }

  /** As {@link #assertAuthError(HttpResult, int, String)}, and the message is {@code message}. */
  public static void assertAuthError(HttpResult answer, int status, String message, String code) {
    assertEquals(message, assertAuthError(answer, status, code).getString("message"));
  }

  /**
   * {@code user} is Better Auth's USER with exactly its seven fields, of the right types, and the
   * given id, email and name.
   */
  public static void assertUser(JsonObject user, String id, String email, String name) {
    assertEquals(USER_FIELDS, user.keySet(), user::toString);
    assertEquals(JsonValue.ValueType.STRING, user.get("id").getValueType());
    if (id != null) {
      assertEquals(id, user.getString("id"));
    }
    assertEquals(email, user.getString("email"));
    assertEquals(name, user.getString("name"));
    assertEquals(JsonValue.FALSE, user.get("emailVerified"));
    assertEquals(JsonValue.NULL, user.get("image"));
    assertEquals(JsonValue.FALSE, user.get("twoFactorEnabled"));
    assertInstant(user, "createdAt");
    assertInstant(user, "updatedAt");
  }

  /** {@code object.field} is an instant in Better Auth's format; returns it. */
  public static Instant assertInstant(JsonObject object, String field) {
    assertEquals(JsonValue.ValueType.STRING, object.get(field).getValueType(), field);
    String text = object.getString(field);
    assertTrue(INSTANT.matcher(text).matches(), () -> field + " = " + text);
    return Instant.parse(text);
  }
}
