package io.taskguard.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

/** One HTTP answer: status, headers and body text, with the body readable as JSON. */
public record HttpResult(int status, String body, HttpResponse<String> raw) {

  static HttpResult of(HttpResponse<String> response) {
    return new HttpResult(response.statusCode(), response.body(), response);
  }

  public Optional<String> header(String name) {
    return raw.headers().firstValue(name);
  }

  public List<String> headers(String name) {
    return raw.headers().allValues(name);
  }

  public JsonValue json() {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readValue();
    } catch (RuntimeException notJson) {
      throw new AssertionError("not JSON (" + status + "): " + body, notJson);
    }
  }

  public JsonObject object() {
    return json().asJsonObject();
  }

  public JsonArray array() {
    return json().asJsonArray();
  }

  /** The {@code detail} of a task API error body. */
  public String detail() {
    return object().getString("detail");
  }

  @Override
  public String toString() {
    return status + " " + raw.headers().map() + " " + body;
  }
}
