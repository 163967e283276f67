package io.taskguard.adapter.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Map;

/**
 * How both APIs read a request body: never more than a bound into memory, and JSON accepted only as
 * exactly one value with no duplicate keys and nothing after it. Each API words its own refusal.
 */
public final class StrictJson {

  private static final Map<String, ?> NO_DUPLICATE_KEYS =
      Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE);
  private static final JsonReaderFactory READERS = Json.createReaderFactory(NO_DUPLICATE_KEYS);
  private static final JsonParserFactory PARSERS = Json.createParserFactory(NO_DUPLICATE_KEYS);

  private StrictJson() {}

  /**
   * The body's bytes, at most {@code maxBytes + 1} of them: a result longer than {@code maxBytes}
   * means the body is too large. An absent body reads as empty.
   */
  public static byte[] readAtMost(InputStream body, int maxBytes) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    return body.readNBytes(Math.max(0, Math.min(maxBytes, Integer.MAX_VALUE - 1)) + 1);
  }

  /**
   * The one JSON value {@code text} holds, or null when it is not exactly that (malformed,
   * duplicate keys, trailing content, or input the parser gives up on, such as deep nesting). The
   * reader alone ignores trailing content, so a streaming pass first checks where the value ends.
   */
  public static JsonValue parseOrNull(String text) {
    try {
      try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
        parser.next();
        parser.getValue();
        if (parser.hasNext()) {
          return null;
        }
      }
      try (JsonReader reader = READERS.createReader(new StringReader(text))) {
        return reader.readValue();
      }
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
