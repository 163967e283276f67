package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What taskguard reads itself of a compact JWS that MP-JWT has already verified: the protected
 * header's {@code typ} and {@code kid}, which MP-JWT's {@code JsonWebToken} does not expose, and
 * whether the payload holds {@code iat} as a number, which it cannot tell either (it answers an
 * issued-at time for a token that has none). The header is decoded and parsed once for both fields,
 * and the payload is found by its dots rather than by splitting the whole token.
 *
 * @param typ the header's {@code typ}, or null when there is none or it is not a string
 * @param kid the header's {@code kid}, or null when there is none or it is not a string
 * @param hasIssuedAt whether the payload's {@code iat} is present and a number
 */
record TokenShape(String typ, String kid, boolean hasIssuedAt) {

  static final TokenShape NONE = new TokenShape(null, null, false);

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
