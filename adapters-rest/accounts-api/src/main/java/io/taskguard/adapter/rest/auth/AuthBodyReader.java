package io.taskguard.adapter.rest.auth;

import io.taskguard.adapter.rest.http.Refusal;
import io.taskguard.adapter.rest.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the accounts API's JSON object request bodies with a size limit, answering bad input with a
 * precise 400 (413 for a body too large, 415 for another charset) in Better Auth's dialect, never
 * reading more than {@link #MAX_BYTES} into memory.
 */
public final class AuthBodyReader {

  /** The largest body accepted (16 KiB, as the contract says): far above any valid request. */
  public static final int MAX_BYTES = 16 * 1024;

  private AuthBodyReader() {}

  /**
   * The body as a JSON object. The runtime has already matched {@code application/json} ({@code
   * Consumes}); a declared charset other than UTF-8 is refused here with 415.
   */
  public static JsonObject readObject(String contentType, InputStream body) {
    if (!StrictJson.isUtf8OrUndeclared(contentType)) {
      throw refused(415, "UNSUPPORTED_MEDIA_TYPE", "Content-Type charset must be utf-8");
    }
    String text = readLimited(body);
    if (text.isBlank()) {
      throw invalid("INVALID_JSON", "Request body must be a JSON object");
    }
    JsonValue value = parse(text);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw invalid("INVALID_JSON", "Request body must be a JSON object");
    }
    return value.asJsonObject();
  }

  private static JsonValue parse(String text) {
    JsonValue value = StrictJson.parseOrNull(text);
    if (value == null) {
      throw invalid("INVALID_JSON", "Malformed JSON body");
    }
    return value;
  }

  /** The string at {@code field}, null when absent or null; 400 when it is of another type. */
  public static String optionalString(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw invalid("VALIDATION_ERROR", "Field '" + field + "' must be a string");
  }

  /** The string at {@code field}; 400 when it is absent, null or of another type. */
  public static String requiredString(JsonObject body, String field) {
    String value = optionalString(body, field);
    if (value == null) {
      throw invalid("VALIDATION_ERROR", "Field '" + field + "' is required");
    }
    return value;
  }

  /** The boolean at {@code field}, false when absent or null; 400 when it is of another type. */
  public static boolean optionalBoolean(JsonObject body, String field) {
    JsonValue value = body.get(field);
    if (value == null || value == JsonValue.NULL) {
      return false;
    }
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw invalid("VALIDATION_ERROR", "Field '" + field + "' must be a boolean");
  }

  private static String readLimited(InputStream body) {
    try {
      byte[] bytes = StrictJson.readAtMost(body, MAX_BYTES);
      if (bytes.length > MAX_BYTES) {
        throw refused(413, "PAYLOAD_TOO_LARGE", "Request body too large");
      }
      String text = StrictJson.utf8OrNull(bytes);
      if (text == null) {
        throw invalid("INVALID_JSON", "Request body is not UTF-8");
      }
      return text;
    } catch (IOException e) {
      throw invalid("INVALID_JSON", "Request body could not be read");
    }
  }

  private static Refusal invalid(String code, String message) {
    return refused(400, code, message);
  }

  private static Refusal refused(int status, String code, String message) {
    return AuthErrors.DIALECT.refusal(status, message, code);
  }
}
