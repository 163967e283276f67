package io.taskguard.adapter.rest.task;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What taskguard reads itself of a compact JWS that MP-JWT has already verified: the protected
 * header's {@code typ} and {@code kid}, and whether the payload holds {@code iat} as a number. Read
 * once per request: the header is decoded and parsed once for both fields, and the payload is found
 * by its dots rather than by splitting the whole token (which copied the signature too; both showed
 * up in the task list's allocation profile). A client sends the same token for many requests, so
 * the shapes of recently seen tokens are remembered ({@link #ofRemembered}): decoding the token
 * again was 3 % of the server's CPU per task-list request (JFR), a lookup is a fraction of that.
 *
 * @param typ the header's {@code typ}, or null when there is none or it is not a string
 * @param kid the header's {@code kid}, or null when there is none or it is not a string
 * @param hasIssuedAt whether the payload's {@code iat} is present and a number
 */
record TokenShape(String typ, String kid, boolean hasIssuedAt) {

  private static final TokenShape NONE = new TokenShape(null, null, false);

  /**
   * Shapes of recently verified tokens, by the compact token. Bounded in number (a token is about a
   * kilobyte, so at most a few megabytes) and in time: an entry unused for 15 minutes is dropped.
   */
  private static final Cache<String, TokenShape> REMEMBERED =
      Caffeine.newBuilder().maximumSize(4_096).expireAfterAccess(Duration.ofMinutes(15)).build();

  /** {@link #of}, remembered for the next request with the same token. */
  static TokenShape ofRemembered(String compact) {
    return compact == null ? NONE : REMEMBERED.get(compact, TokenShape::of);
  }

  /** Reads {@code compact}; a token that is not a compact JWS reads as all null and false. */
  static TokenShape of(String compact) {
    if (compact == null) {
      return NONE;
    }
    int first = compact.indexOf('.');
    int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (first <= 0 || second <= first + 1 || compact.indexOf('.', second + 1) >= 0) {
      return NONE;
    }
    JsonObject header = object(compact, 0, first);
    if (header == null) {
      return NONE;
    }
    JsonObject payload = object(compact, first + 1, second);
    return new TokenShape(
        text(header, "typ"),
        text(header, "kid"),
        payload != null && payload.get("iat") instanceof JsonNumber);
  }

  private static JsonObject object(String compact, int from, int to) {
    try (JsonReader reader =
        JsonFactories.READERS.createReader(
            new ByteArrayInputStream(Base64.getUrlDecoder().decode(compact.substring(from, to))),
            StandardCharsets.UTF_8)) {
      return reader.readObject();
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
