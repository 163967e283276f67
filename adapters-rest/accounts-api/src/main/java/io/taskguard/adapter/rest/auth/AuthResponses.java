package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.json.JsonFactories;
import io.taskguard.domain.session.Session;
import io.taskguard.domain.user.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The accounts API's JSON shapes, exactly as Better Auth clients read them: camelCase, nulls
 * written out, instants as ISO-8601 UTC with milliseconds.
 */
final class AuthResponses {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private AuthResponses() {}

  static String instant(Instant instant) {
    return INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  static JsonObject user(User user) {
    return JsonFactories.object()
        .add("id", user.id().value())
        .add("email", user.email().value())
        .add("name", user.name())
        .add("emailVerified", user.emailVerified())
        .add("image", nullable(user.image()))
        .add("createdAt", instant(user.createdAt()))
        .add("updatedAt", instant(user.updatedAt()))
        .add("twoFactorEnabled", user.twoFactorEnabled())
        .build();
  }

  /** A session as Better Auth shows it, with the caller's own {@code token}. */
  static JsonObjectBuilder session(Session session, String token) {
    return summary(session).add("token", token);
  }

  /** A session as listed: everything but a token, which only its holder has. */
  static JsonObjectBuilder summary(Session session) {
    return JsonFactories.object()
        .add("id", session.id().value())
        .add("userId", session.userId().value())
        .add("expiresAt", instant(session.expiresAt()))
        .add("createdAt", instant(session.createdAt()))
        .add("updatedAt", instant(session.updatedAt()))
        .add("ipAddress", nullable(session.ipAddress()))
        .add("userAgent", nullable(session.userAgent()));
  }

  private static jakarta.json.JsonValue nullable(String value) {
    return value == null ? jakarta.json.JsonValue.NULL : JsonFactories.string(value);
  }
}
