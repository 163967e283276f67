package io.taskguard.adapter.rest.security;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the protected header of a compact JWS that MP-JWT has already verified. */
final class TokenHeaders {

  private TokenHeaders() {}

  /** The header's {@code kid}, or null when there is none or the token is not a compact JWS. */
  static String kid(String compact) {
    return text(compact, "kid");
  }

  /** The header's {@code typ}, or null when there is none or the token is not a compact JWS. */
  static String typ(String compact) {
    return text(compact, "typ");
  }

  /** Whether the (already verified) payload holds {@code name} as a number. */
  static boolean payloadHasNumber(String compact, String name) {
    String[] parts = compact == null ? new String[0] : compact.split("\\.");
    if (parts.length != 3) {
      return false;
    }
    try (JsonReader reader =
        JsonFactories.READERS.createReader(
            new StringReader(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)))) {
      return reader.readObject().get(name) instanceof jakarta.json.JsonNumber;
    } catch (RuntimeException malformed) {
      return false;
    }
  }

  private static String text(String compact, String name) {
    if (compact == null) {
      return null;
    }
    int dot = compact.indexOf('.');
    if (dot <= 0) {
      return null;
    }
    try (JsonReader reader =
        JsonFactories.READERS.createReader(
            new StringReader(
                new String(
                    Base64.getUrlDecoder().decode(compact.substring(0, dot)),
                    StandardCharsets.UTF_8)))) {
      JsonObject header = reader.readObject();
      return header.get(name) instanceof JsonString value ? value.getString() : null;
    } catch (RuntimeException malformed) {
      return null;
    }
  }
}
