package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The protected header of a compact JWS that MP-JWT has already verified: its {@code typ} and
 * {@code kid}, the two things taskguard checks that MP-JWT's {@code JsonWebToken} does not expose.
 * The claims are read from the {@code JsonWebToken} itself.
 *
 * @param typ the header's {@code typ}, or null when there is none or it is not a string
 * @param kid the header's {@code kid}, or null when there is none or it is not a string
 */
record TokenHeader(String typ, String kid) {

  static final TokenHeader NONE = new TokenHeader(null, null);

  /** Reads the header of {@code compact}; a token that is not a compact JWS reads as all null. */
  static TokenHeader of(String compact) {
    if (compact == null) {
      return NONE;
    }
    int first = compact.indexOf('.');
    int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
    if (first <= 0 || second <= first + 1 || compact.indexOf('.', second + 1) >= 0) {
      return NONE;
    }
    try (JsonReader reader =
        JsonFactories.READERS.createReader(
            new ByteArrayInputStream(Base64.getUrlDecoder().decode(compact.substring(0, first))),
            StandardCharsets.UTF_8)) {
      JsonObject header = reader.readObject();
      return new TokenHeader(text(header, "typ"), text(header, "kid"));
    } catch (RuntimeException malformed) {
      return NONE;
    }
  }

  private static String text(JsonObject object, String name) {
    return object.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
