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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
   * Whether {@code contentType} declares no charset or UTF-8. JSON is UTF-8 (RFC 8259) and both
   * APIs read it as such, so a body declared as anything else would be misread: it is refused
   * instead.
   */
  public static boolean isUtf8OrUndeclared(String contentType) {
    if (contentType == null) {
      return true;
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String charset = pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
        return charset.equals("utf-8") || charset.equals("utf8");
      }
    }
    return true;
  }

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

  /** {@code bytes} as UTF-8 text, or null when they are not UTF-8 (nothing replaced or guessed). */
  public static String utf8OrNull(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
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
