package io.taskguard.adapter.rest.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGeneratorFactory;
import java.util.Map;

/**
 * JSON-P builders and readers from one provider, looked up once. Each static {@code Json.createX}
 * call looks the provider up anew (a {@code ServiceLoader} walk of the class path), on every
 * request.
 */
public final class JsonFactories {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  /** Builders of objects and arrays, with the provider's default settings. */
  public static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  /** Generators with the provider's default settings: compact output, UTF-8 when asked for it. */
  public static final JsonGeneratorFactory GENERATORS = PROVIDER.createGeneratorFactory(Map.of());

  /** Readers with the provider's default settings (for JSON taskguard wrote itself). */
  public static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());

  private JsonFactories() {}

  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }

  public static JsonString string(String value) {
    return PROVIDER.createValue(value);
  }
}
