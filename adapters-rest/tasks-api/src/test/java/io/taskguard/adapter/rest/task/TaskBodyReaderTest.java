package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaskBodyReaderTest {

  private static final int LIMIT = 64 * 1024;

  @BeforeAll
  static void needsJsonProcessing() {
    JsonProcessing.assumeAvailable();
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject read(String text) {
    return TaskBodyReader.object("application/json", -1, bytes(text), LIMIT);
  }

  private static void assertRefused(String detail, String text) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> read(text));
    assertEquals(detail, refused.getMessage(), text);
  }

  @Test
  void readsOneObject() {
    JsonObject body = read(" {\"title\": \"Buy milk\", \"x\": [1, {\"y\": null}]}\n");

    assertEquals("Buy milk", body.getString("title"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON ;charset=UTF-8"
      })
  void acceptsJsonWithParameters(String contentType) {
    TaskBodyReader.object(contentType, -1, bytes("{}"), LIMIT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"text/plain", "application/x-www-form-urlencoded", "", "application/jsonp"})
  void refusesOtherContentTypes(String contentType) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(
            TaskErrors.BadTaskRequest.class,
            () -> TaskBodyReader.object(contentType, -1, bytes("{}"), LIMIT));
    assertEquals("Content-Type must be application/json", refused.getMessage());
    assertThrows(
        TaskErrors.BadTaskRequest.class, () -> TaskBodyReader.object(null, -1, bytes("{}"), LIMIT));
  }

  @Test
  void refusesBodiesOverTheLimitWhetherDeclaredOrNot() {
    String justFits = "{\"t\":\"" + "x".repeat(LIMIT - 8) + "\"}";
    String tooLarge = "{\"t\":\"" + "x".repeat(LIMIT - 7) + "\"}";

    assertEquals(LIMIT, justFits.length());
    read(justFits);
    assertRefused("Request body too large", tooLarge);
    TaskErrors.BadTaskRequest declared =
        assertThrows(
            TaskErrors.BadTaskRequest.class,
            () -> TaskBodyReader.object("application/json", LIMIT + 1L, bytes("{}"), LIMIT));
    assertEquals("Request body too large", declared.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "{\"title\": }",
        "{'title': 'x'}",
        "{\"title\": \"x\"} trailing",
        "{\"title\": \"x\"}{}",
        "{\"title\": \"x\"},",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\": {\"b\": 1, \"b\": 2}}",
        "{\"a\": 1e999999999999}",
        "{\"title\": tru}",
        "\u0000"
      })
  void refusesWhatIsNotOneWellFormedJsonValue(String text) {
    assertRefused("Malformed JSON", text);
  }

  @Test
  void refusesDeepNestingAndBytesThatAreNotUtf8() {
    assertRefused("Malformed JSON", "{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
    TaskErrors.BadTaskRequest refused =
        assertThrows(
            TaskErrors.BadTaskRequest.class,
            () ->
                TaskBodyReader.object(
                    "application/json",
                    -1,
                    new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xFF, '"', '}'}),
                    LIMIT));
    assertEquals("Malformed JSON", refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  \n", "[]", "[{\"title\": \"x\"}]", "\"x\"", "42", "null", "true"})
  void refusesWhatIsNotAnObject(String text) {
    assertRefused("Request body must be a JSON object", text);
  }

  @Test
  void aMissingBodyIsNotAnObject() {
    TaskErrors.BadTaskRequest refused =
        assertThrows(
            TaskErrors.BadTaskRequest.class,
            () -> TaskBodyReader.object("application/json", -1, null, LIMIT));
    assertEquals("Request body must be a JSON object", refused.getMessage());
  }
}
