package io.taskguard.adapter.rest.auth;

import io.taskguard.domain.DomainException;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads a JSON object request body with a size limit, answering bad input with a precise 400 and
 * never more than {@link #MAX_BYTES} read into memory.
 */
public final class JsonBodies {

  /** The largest body accepted (16 KiB, as the contract says): far above any valid request. */
  public static final int MAX_BYTES = 16 * 1024;

  private static final Map<String, ?> NO_DUPLICATE_KEYS =
      Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);
  private static final JsonReaderFactory READERS = Json.createReaderFactory(NO_DUPLICATE_KEYS);
  private static final JsonParserFactory PARSERS = Json.createParserFactory(NO_DUPLICATE_KEYS);

  private JsonBodies() {}

  public static JsonObject readObject(InputStream body) {
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

  /**
   * One JSON value with no duplicate keys and nothing after it. The reader, left to itself, ignores
   * trailing content, so a streaming pass first checks that the text ends with the value.
   */
  private static JsonValue parse(String text) {
    try {
      try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
        parser.next();
        parser.getValue();
        if (parser.hasNext()) {
          throw invalid("INVALID_JSON", "Malformed JSON body");
        }
      }
      try (JsonReader reader = READERS.createReader(new StringReader(text))) {
        return reader.readValue();
      }
    } catch (DomainException trailingContent) {
      throw trailingContent;
    } catch (RuntimeException notJson) {
      // the parser's own exceptions and whatever it throws on hostile input (deep nesting)
      throw invalid("INVALID_JSON", "Malformed JSON body");
    }
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

  private static String readLimited(InputStream body) {
    if (body == null) {
      return "";
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BYTES) {
          throw invalid("PAYLOAD_TOO_LARGE", "Request body too large");
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw invalid("INVALID_JSON", "Request body could not be read");
    }
  }

  private static DomainException invalid(String code, String message) {
    return new DomainException.InvalidInput(code, message);
  }
}
