package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.json.StrictJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * A request body as one JSON object, read by taskguard itself rather than by the JAX-RS runtime so
 * that every way a body can be wrong has its own 400 and {@code detail}: a content type other than
 * {@code application/json} or a charset other than UTF-8, more than the configured number of bytes,
 * bytes that are not UTF-8 or not JSON (including duplicate keys and trailing content), or JSON
 * that is not an object. Nothing the client sends can make parsing fail with anything but such a
 * 400.
 */
final class TaskBodyReader {

  static final String MALFORMED = "Malformed JSON";
  static final String TOO_LARGE = "Request body too large";
  static final String NOT_OBJECT = "Request body must be a JSON object";
  static final String CONTENT_TYPE = "Content-Type must be application/json";
  static final String CHARSET = "Content-Type charset must be utf-8";

  private TaskBodyReader() {}

  /**
   * @param contentType the request's {@code Content-Type}, or {@code null}
   * @param declaredLength the request's {@code Content-Length}, or -1 when unknown
   * @param body the request body, or {@code null} when there is none
   * @param maxBytes the largest body accepted
   */
  static JsonObject object(
      String contentType, long declaredLength, InputStream body, int maxBytes) {
    if (!isJson(contentType)) {
      throw TaskErrors.badRequest(CONTENT_TYPE);
    }
    if (!StrictJson.isUtf8OrUndeclared(contentType)) {
      throw TaskErrors.badRequest(CHARSET);
    }
    if (declaredLength > maxBytes) {
      throw tooLarge();
    }
    String text = utf8(bounded(body, maxBytes));
    if (text.isBlank()) {
      throw notObject();
    }
    JsonValue value = parse(text);
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw notObject();
    }
    return value.asJsonObject();
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    int parameters = contentType.indexOf(';');
    String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return mediaType.strip().toLowerCase(Locale.ROOT).equals("application/json");
  }

  private static byte[] bounded(InputStream body, int maxBytes) {
    try {
      byte[] bytes = StrictJson.readAtMost(body, maxBytes);
      if (bytes.length > maxBytes) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException unreadable) {
      throw malformed();
    }
  }

  private static String utf8(byte[] bytes) {
    String text = StrictJson.utf8OrNull(bytes);
    if (text == null) {
      throw malformed();
    }
    return text;
  }

  private static JsonValue parse(String text) {
    JsonValue value = StrictJson.parseOrNull(text);
    if (value == null) {
      throw malformed();
    }
    return value;
  }

  private static TaskErrors.BadTaskRequest malformed() {
    return TaskErrors.badRequest(MALFORMED);
  }

  private static TaskErrors.BadTaskRequest tooLarge() {
    return TaskErrors.badRequest(TOO_LARGE);
  }

  private static TaskErrors.BadTaskRequest notObject() {
    return TaskErrors.badRequest(NOT_OBJECT);
  }
}
